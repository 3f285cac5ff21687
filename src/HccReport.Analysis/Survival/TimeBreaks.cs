namespace HccReport.Analysis.Survival;

/// <summary>
/// The times of a Kaplan-Meier figure's x-axis ticks, which are also the columns of its number-at-risk
/// table: 0, step, 2 step, ... up to the first multiple at or past the end of follow-up.
/// </summary>
internal static class TimeBreaks
{
    // Steps a reader expects for each unit: months in quarters and years, days in weeks and months.
    private static readonly double[] Months = [1, 2, 3, 6, 12, 24, 36, 60, 120];
    private static readonly double[] Days = [7, 14, 30, 60, 90, 180, 365, 730, 1825, 3650];
    private static readonly double[] Weeks = [1, 2, 4, 8, 13, 26, 52, 104, 260];
    private static readonly double[] Years = [0.5, 1, 2, 5, 10, 20];

    /// <summary>At most this many intervals when the step is chosen automatically.</summary>
    public const int MaxIntervals = 8;

    /// <summary>Tick times for a figure ending at <paramref name="end"/>, with the spec's step or one chosen for the unit.</summary>
    public static double[] For(double end, string timeUnit, double? step)
    {
        if (!(end > 0)) return [0];
        var by = step ?? Choose(end, timeUnit);
        var count = (int)Math.Ceiling(end / by - 1e-9);
        var times = new double[count + 1];
        for (var k = 0; k <= count; k++) times[k] = k * by;
        return times;
    }

    private static double Choose(double end, string timeUnit)
    {
        var candidates = timeUnit.Trim().ToLowerInvariant() switch
        {
            "months" or "month" => Months,
            "days" or "day" => Days,
            "weeks" or "week" => Weeks,
            "years" or "year" => Years,
            _ => null,
        };
        if (candidates is not null)
        {
            foreach (var c in candidates)
                if (end / c <= MaxIntervals) return c;
        }
        // Any other unit: 1, 2 or 5 times a power of ten.
        var power = Math.Pow(10, Math.Floor(Math.Log10(end / MaxIntervals)));
        foreach (var m in new[] { 1.0, 2.0, 5.0, 10.0 })
            if (end / (m * power) <= MaxIntervals) return m * power;
        return 10 * power;
    }
}
