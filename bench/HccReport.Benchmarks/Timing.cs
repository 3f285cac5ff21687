namespace HccReport.Benchmarks;

/// <summary>
/// Seconds one kernel took at one size: the median elapsed time of the timed repetitions with their range, and
/// the median CPU time (all threads of the process; R's user + system time).
/// </summary>
internal sealed record Timing(string Kernel, int N, double Median, double Min, double Max, double CpuMedian);
