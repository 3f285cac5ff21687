using System.Globalization;
using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Reproducibility;

/// <summary>
/// The small spec (German dates, decimals, Roman-numeral stages, non-ASCII labels, every analysis kind) rendered again,
/// in this process under other cultures and in child processes under other locales and time zones, gives the
/// same bytes in every file as the baseline render (invariant culture): PDF, HTML, results.json, CSV, PNG and SVG.
/// </summary>
[Collection(SmallCollection.Name)]
public class SmallSpecReproducibilityTests(SmallReport baseline)
{
    [Fact]
    public void RenderingTwiceGivesTheSameBytes()
    {
        var out2 = baseline.NewOutput();
        var run = CommandLine.Run("render", baseline.Spec, "--out", out2);
        Assert.True(run.ExitCode == 0, run.ToString());
        ReportAssert.SameBytes(baseline.Report, new ReportFolder(out2), "between two renders");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void RenderingUnderAnotherCultureGivesTheSameBytes(string culture)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        Assert.Equal(",", info.NumberFormat.NumberDecimalSeparator); // the culture really formats differently
        var output = baseline.NewOutput();
        var run = CommandLine.Run(info, "render", baseline.Spec, "--out", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        ReportAssert.SameBytes(baseline.Report, new ReportFolder(output), $"under the {culture} culture");
    }

    public static TheoryData<string> Environments => ["German in Shanghai", "Turkish in Kiribati"];

    [Theory]
    [MemberData(nameof(Environments))]
    public void RenderingInAProcessWithAnotherLocaleAndTimeZoneGivesTheSameBytes(string environment)
    {
        var env = environment.StartsWith("German", StringComparison.Ordinal) ? Locales.GermanInShanghai : Locales.TurkishInKiribati;
        var output = baseline.NewOutput();
        var run = CommandLine.RunProcess(env, "render", baseline.Spec, "--out", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        ReportAssert.SameBytes(baseline.Report, new ReportFolder(output), $"in a process with {environment}'s locale and time zone");
    }

    [Fact]
    public void TheLocaleReachesTheChildProcess()
    {
        // The command line's own messages are localised (System.CommandLine's resources), so a missing argument
        // reads differently in each language: proof that LANG/LC_ALL set the child's culture, or the tests above
        // would compare the invariant culture with itself.
        var plain = CommandLine.RunProcess(Locales.Environment("C.UTF-8", "UTC"), "render");
        var german = CommandLine.RunProcess(Locales.GermanInShanghai, "render");
        var turkish = CommandLine.RunProcess(Locales.TurkishInKiribati, "render");
        Assert.NotEqual(0, plain.ExitCode);
        Assert.Contains("render", plain.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(FirstLine(plain.Stderr), FirstLine(german.Stderr));
        Assert.NotEqual(FirstLine(plain.Stderr), FirstLine(turkish.Stderr));
        Assert.NotEqual(FirstLine(german.Stderr), FirstLine(turkish.Stderr));
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
