using System.Diagnostics;

namespace HccReport.Benchmarks;

/// <summary>
/// The in-process timing harness. For each kernel and size: one untimed warm-up call on the same data, then
/// <c>reps</c> timed calls, each preceded by a full blocking garbage collection so one repetition does not pay for
/// the garbage of the previous one; the median elapsed time is reported, as bench.R does with
/// <c>system.time(gcFirst = TRUE)</c>.
/// </summary>
/// <remarks>
/// BenchmarkDotNet is not used: it runs every case in a child process with pilot, warm-up and many target
/// iterations, which at 10^6 rows (four kernels, plus R) does not fit the ~10-minute budget on two shared cores.
/// JIT tiering is dealt with by <see cref="WarmUpJit"/>: every kernel is first called often enough on a small data
/// set for its hot methods to reach optimised (tier-1, profile-guided) code before anything is timed.
/// </remarks>
internal static class KernelTimer
{
    /// <summary>
    /// Calls each kernel many times on a small data set, then pauses so the runtime's background tier-1
    /// compilations finish. .NET promotes a method after 30 calls (twice over with dynamic PGO: instrumented, then
    /// optimised) and a 100 ms quiet period, so 100 calls and a 1 s pause are ample.
    /// </summary>
    public static void WarmUpJit(IEnumerable<IBenchKernel> kernels, BenchData small)
    {
        foreach (var kernel in kernels)
            for (var i = 0; i < 100; i++)
                kernel.Run(small);
        Thread.Sleep(1000);
    }

    /// <summary>Median elapsed seconds of <paramref name="reps"/> calls after one warm-up call, and every repetition's time.</summary>
    public static (double Median, double[] Seconds) Time(IBenchKernel kernel, BenchData data, int reps)
    {
        kernel.Run(data);
        var seconds = new double[reps];
        for (var r = 0; r < reps; r++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var start = Stopwatch.GetTimestamp();
            kernel.Run(data);
            seconds[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        return (Median(seconds), seconds);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
