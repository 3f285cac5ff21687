using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>The small spec rendered once with <c>suppress_below: 10</c> (many of its counts are below 10).</summary>
public sealed class SuppressedReport : IDisposable
{
    /// <summary>The threshold.</summary>
    public const int Below = 10;

    private readonly StudyFolder _folder = StudyFolder.Small($"suppress_below: {Below}");

    public SuppressedReport()
    {
        var run = CommandLine.Run("render", _folder.Spec, "--out", _folder.Out());
        Assert.True(run.ExitCode == 0, run.ToString());
        Report = new ReportFolder(_folder.Out());
    }

    internal ReportFolder Report { get; }

    public void Dispose() => _folder.Dispose();
}
