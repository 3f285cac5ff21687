namespace HccReport.Benchmarks;

/// <summary>Everything one run of the bench command measured, for <see cref="MarkdownReport"/>.</summary>
internal sealed record BenchRun
{
    public required DateTimeOffset Started { get; init; }

    public required BenchOptions Options { get; init; }

    public required IReadOnlyList<IBenchKernel> Kernels { get; init; }

    public required LoadAverage? LoadAtStart { get; init; }

    public required LoadAverage? LoadAtEnd { get; init; }

    /// <summary>HccReport's times, one per kernel and size.</summary>
    public required IReadOnlyList<Timing> Times { get; init; }

    /// <summary>HccReport's estimates per kernel and size, compared with R's.</summary>
    public required IReadOnlyDictionary<(string Kernel, int N), IReadOnlyList<Estimate>> Estimates { get; init; }

    /// <summary>R's side, or null when it was not run (see <see cref="RNotRun"/>).</summary>
    public required RRun? R { get; init; }

    /// <summary>Why R's side is missing: --no-r, Rscript not found, or the script failed.</summary>
    public required string? RNotRun { get; init; }

    /// <summary>Elapsed seconds of the whole run (data, HccReport's timings and R's).</summary>
    public required double TotalSeconds { get; init; }
}
