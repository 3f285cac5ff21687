using System.Globalization;

namespace HccReport.Cli.Tests.Specs;

/// <summary>
/// A spec rendered once into a temporary folder, shared by the tests of a class or collection (the flagship takes
/// several seconds per render), deleted afterwards.
/// </summary>
public abstract class RenderedReport : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hccreport-rendered-").FullName;

    /// <summary>Renders <paramref name="spec"/> in this process under the invariant culture.</summary>
    protected RenderedReport(string spec)
    {
        Spec = spec;
        var run = CommandLine.Run(CultureInfo.InvariantCulture, "render", spec, "--out", Path.Combine(_root, "report"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Report = new ReportFolder(Path.Combine(_root, "report"));
    }

    /// <summary>The spec rendered.</summary>
    public string Spec { get; }

    internal ReportFolder Report { get; }

    /// <summary>A fresh folder path under this fixture's temporary folder (not created) for another render to compare.</summary>
    public string NewOutput() => Path.Combine(_root, "render-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
