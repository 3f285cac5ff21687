using System.Diagnostics;

namespace HccReport.Benchmarks;

/// <summary>
/// The in-process timing harness. For each kernel and size: one untimed warm-up call on the same data, then
/// <c>reps</c> timed calls, each preceded by a full blocking garbage collection so one repetition does not pay for
/// the garbage of the previous one; the median elapsed time is reported, as bench.R does with
/// <c>system.time(gcFirst = TRUE)</c>, and the median CPU time (<see cref="ProcessorTime"/>) beside it.
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

    /// <summary>Times <paramref name="reps"/> calls after one warm-up call: elapsed median and range, CPU median.</summary>
    public static Timing Time(IBenchKernel kernel, BenchData data, int reps)
    {
        kernel.Run(data);
        var elapsed = new double[reps];
        var cpu = new double[reps];
        for (var r = 0; r < reps; r++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var cpuStart = ProcessorTime.Seconds();
            var start = Stopwatch.GetTimestamp();
            kernel.Run(data);
            elapsed[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            cpu[r] = ProcessorTime.Seconds() - cpuStart;
        }
        return new Timing(kernel.Name, data.N, Median(elapsed), elapsed.Min(), elapsed.Max(), Median(cpu));
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
