using System.Globalization;

namespace HccReport.Benchmarks;

/// <summary>
/// The system load average over 1, 5 and 15 minutes (Linux /proc/loadavg): the number of runnable processes,
/// to be read against the core count. On a shared machine it says how much the timings were disturbed.
/// </summary>
internal sealed record LoadAverage(double OneMinute, double FiveMinutes, double FifteenMinutes)
{
    /// <summary>The current load average, or null where /proc/loadavg does not exist.</summary>
    public static LoadAverage? Read()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new LoadAverage(
                double.Parse(parts[0], CultureInfo.InvariantCulture),
                double.Parse(parts[1], CultureInfo.InvariantCulture),
                double.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{OneMinute:0.00} / {FiveMinutes:0.00} / {FifteenMinutes:0.00}");
}
