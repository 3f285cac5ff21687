using System.Globalization;
using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Reproducibility;

/// <summary>
/// The flagship (config/lenvatinib.yaml) rendered again, once in this process under the German culture and once in a
/// child process under a Turkish locale and Newfoundland's half-hour time zone, gives the same bytes in every file as
/// the baseline render. Three renders in all (several seconds each), the baseline shared with the privacy tests.
/// </summary>
[Collection(FlagshipCollection.Name)]
public class FlagshipReproducibilityTests(FlagshipReport baseline)
{
    [Fact]
    public void RenderingAgainUnderTheGermanCultureGivesTheSameBytes()
    {
        var output = baseline.NewOutput();
        var run = CommandLine.Run(CultureInfo.GetCultureInfo("de-DE"), "render", baseline.Spec, "--out", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        ReportAssert.SameBytes(baseline.Report, new ReportFolder(output), "between a render under the invariant culture and one under de-DE");
    }

    [Fact]
    public void RenderingInAProcessWithATurkishLocaleAndAnotherTimeZoneGivesTheSameBytes()
    {
        var output = baseline.NewOutput();
        var run = CommandLine.RunProcess(Locales.TurkishInNewfoundland, "render", baseline.Spec, "--out", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        ReportAssert.SameBytes(baseline.Report, new ReportFolder(output), "in a process with LANG=tr_TR.UTF-8 and TZ=America/St_Johns");
    }
}
