using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HccReport.Benchmarks;

/// <summary>
/// CPU time consumed by this process, all threads (user + system). On a shared machine, elapsed time also counts
/// the time spent waiting for a core; CPU time does not, so the two together show how much the load disturbed a
/// run. Read with clock_gettime(CLOCK_PROCESS_CPUTIME_ID) on Linux (nanosecond resolution), elsewhere from
/// <see cref="Process.TotalProcessorTime"/>.
/// </summary>
internal static class ProcessorTime
{
    private const int ClockProcessCpuTimeId = 2;

    public static double Seconds()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockProcessCpuTimeId, out var time) == 0)
            return time.Seconds + time.Nanoseconds * 1e-9;
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
