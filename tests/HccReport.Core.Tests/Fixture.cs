using System.Globalization;
using System.Text;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;

namespace HccReport.Core.Tests;

/// <summary>Small builders shared by the tests: data specs, CSV data sets, expressions and spec folders.</summary>
internal static class Fixture
{
    public static readonly SpecLocation SpecAt = new("spec.yaml", 1, 1);

    public static DataSpec DataSpec(string? id = "id", BadCellPolicy onBadCell = BadCellPolicy.Error,
        IReadOnlyList<ColumnTypeSpec>? types = null, IReadOnlyList<ColumnLabelsSpec>? labels = null, string? dateFormat = null, char? separator = null) => new()
    {
        Path = "/nowhere/data.csv",
        PathAsWritten = "data.csv",
        Id = id is null ? null : new SpecName(id, new SpecLocation("spec.yaml", 4, 7)),
        Missing = Spec.DataSpec.DefaultMissing,
        OnBadCell = onBadCell,
        Types = types ?? [],
        Labels = labels ?? [],
        DateFormat = dateFormat,
        Separator = separator,
        Location = new SpecLocation("spec.yaml", 2, 3),
    };

    public static (Dataset? Data, DiagnosticBag Diagnostics) TryRead(string csv, DataSpec? spec = null) =>
        TryRead(Encoding.UTF8.GetBytes(csv), spec);

    public static (Dataset? Data, DiagnosticBag Diagnostics) TryRead(byte[] csv, DataSpec? spec = null)
    {
        var diagnostics = new DiagnosticBag();
        var data = DataReader.TryReadCsv(csv, spec ?? DataSpec(), diagnostics);
        return (data, diagnostics);
    }

    public static Dataset Read(string csv, DataSpec? spec = null)
    {
        var (data, diagnostics) = TryRead(csv, spec);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return data!;
    }

    /// <summary>An expression as if written at line 3, column 10 of spec.yaml.</summary>
    public static SpecExpression Expr(string text) => new(text, new SpecLocation("spec.yaml", 3, 10), "derive.x");

    public static Diagnostic Single(DiagnosticBag diagnostics, string code)
    {
        var matches = diagnostics.Items.Where(d => d.Code == code).ToArray();
        Assert.True(matches.Length > 0, $"expected {code}, got: {string.Join(" | ", diagnostics.Items)}");
        return matches[0];
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A temporary folder holding a spec and its data, deleted afterwards.</summary>
internal sealed class SpecFolder : IDisposable
{
    public SpecFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hccreport-core-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Runs a block under another current culture, restoring it afterwards.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
