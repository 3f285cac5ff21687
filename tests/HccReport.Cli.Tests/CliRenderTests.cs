using System.Text.Json.Nodes;
using UglyToad.PdfPig;

namespace HccReport.Cli.Tests;

/// <summary>
/// The command line end to end on R's aml data. Expected values are R's:
/// <c>survfit(Surv(time, status) ~ x, data = aml)</c> gives medians 31 (18, NA) and 23 (8, NA);
/// <c>survdiff</c> gives chi-square 3.396389 on 1 df; <c>coxph(Surv(time, status) ~ x, aml)</c> gives
/// coefficient 0.9155 (x = Nonmaintained), HR 2.498.
/// </summary>
public sealed class CliRenderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hccreport-cli-").FullName;

    private static string Spec => Path.Combine(AppContext.BaseDirectory, "Specs", "aml", "aml.yaml");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = HccReportApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void RenderWritesEveryFileWithRsNumbers()
    {
        var target = Path.Combine(_folder, "report");
        var (code, _, err) = Run("render", Spec, "--out", target);
        Assert.True(code == 0, err);

        foreach (var file in new[] { "report.pdf", "report.html", "results.json", "tables/km_x.csv", "figures/km_x.png", "figures/km_x.svg", "figures/flowchart.svg" })
            Assert.True(File.Exists(Path.Combine(target, file)), file + " is missing");

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(target, "results.json")))!;
        var km = json["analyses"]!["km_x"]!;
        Assert.Equal(31.0, (double)km["groups"]![0]!["median"]!);
        Assert.Equal(18.0, (double)km["groups"]![0]!["median_lower"]!);
        Assert.Null(km["groups"]![0]!["median_upper"]);
        Assert.Equal(23.0, (double)km["groups"]![1]!["median"]!);
        Assert.Equal(3.396389, (double)km["logrank"]!["chisq"]!, 1e-6);
        var hr = (double)json["analyses"]!["cox_x"]!["univariate"]![0]!["hr"]!;
        Assert.Equal(2.498, hr, 1e-3);
        Assert.Equal("x=Nonmaintained", (string)json["analyses"]!["cox_x"]!["univariate"]![0]!["term"]!);
        Assert.True((bool)json["checks"]![0]!["match"]!);

        using var pdf = PdfDocument.Open(Path.Combine(target, "report.pdf"));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text)).Replace('\u00a0', ' ');
        Assert.Contains("31.0 (18.0–NR)", text);
        Assert.Contains("23.0 (8.0–NR)", text);
    }

    [Fact]
    public void FormatLimitsTheDocumentsButResultsAreAlwaysWritten()
    {
        var target = Path.Combine(_folder, "html-only");
        Assert.Equal(0, Run("render", Spec, "--out", target, "--format", "html").Code);
        Assert.True(File.Exists(Path.Combine(target, "report.html")));
        Assert.True(File.Exists(Path.Combine(target, "results.json")));
        Assert.False(File.Exists(Path.Combine(target, "report.pdf")));
    }

    [Fact]
    public void ValidateChecksWithoutWriting()
    {
        var (code, output, _) = Run("validate", Spec);
        Assert.Equal(0, code);
        Assert.Contains("valid (23 rows screened, 23 included, 2 analyses)", output);
    }

    [Fact]
    public void AnOutputFolderHoldingTheSpecIsRefusedAndNothingIsTouched()
    {
        var copy = Path.Combine(_folder, "study");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Spec)!)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var before = Directory.GetFiles(copy).Select(f => (f, File.ReadAllBytes(f))).ToArray();

        var (code, _, err) = Run("render", Path.Combine(copy, "aml.yaml"), "--out", copy);

        Assert.Equal(1, code);
        Assert.Contains("contains the input file", err);
        foreach (var (file, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(file));
        Assert.Equal(before.Length, Directory.GetFileSystemEntries(copy).Length);
    }

    [Fact]
    public void SynthesizeReproducesTheCommittedFlagshipCohort()
    {
        var target = Path.Combine(_folder, "cohort.csv");
        Assert.Equal(0, Run("synthesize", "lenvatinib", "--out", target).Code);
        var committed = Path.Combine(RepositoryRoot(), "config", "lenvatinib-cohort-synthetic.csv");
        Assert.Equal(File.ReadAllBytes(committed), File.ReadAllBytes(target));
    }

    [Fact]
    public void AnUnknownCommandLineOptionIsAFailureNotAStackTrace()
    {
        var (code, _, err) = Run("render", Spec, "--bogus");
        Assert.Equal(1, code);
        Assert.DoesNotContain("   at ", err);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HccReport.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
