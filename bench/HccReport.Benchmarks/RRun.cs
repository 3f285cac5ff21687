namespace HccReport.Benchmarks;

/// <summary>What bench.R measured and computed: times per kernel and size, estimates per size, and its versions.</summary>
internal sealed record RRun(
    IReadOnlyList<Timing> Times,
    IReadOnlyDictionary<(int N, string Name), double> Estimates,
    string Version);
