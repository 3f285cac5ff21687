namespace HccReport.Benchmarks;

/// <summary>Elapsed seconds of one kernel at one size: the median of the timed repetitions, and their range.</summary>
internal sealed record Timing(string Kernel, int N, double Median, double Min, double Max);
