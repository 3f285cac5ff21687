using System.Diagnostics;

namespace HccReport.Cli;

/// <summary>
/// A short progress display on stderr for long runs, shown only when stderr is a terminal so that logs
/// and pipes stay clean.
/// </summary>
internal sealed class StageProgress(TextWriter stderr)
{
    private readonly bool _enabled = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Stage(string what)
    {
        if (_enabled) stderr.WriteLine($"[{_clock.Elapsed.TotalSeconds,5:0.0}s] {what}...");
    }

    public void Done()
    {
        if (_enabled) stderr.WriteLine($"[{_clock.Elapsed.TotalSeconds,5:0.0}s] Done.");
    }
}
