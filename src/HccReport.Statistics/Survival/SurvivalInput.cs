using System.Runtime.InteropServices;

namespace HccReport.Statistics.Survival;

/// <summary>
/// Shared preparation of right-censored data: argument checks, one sort by time, and R's <c>timefix</c>.
/// Everything after this works on sorted arrays in single passes.
/// </summary>
internal static class SurvivalInput
{
    /// <summary>R's <c>sqrt(.Machine$double.eps)</c>, the tolerance survival uses for near ties and quantiles.</summary>
    public const double Tolerance = 1.4901161193847656e-08;

    public static void Check(IReadOnlyList<double> time, IReadOnlyList<bool> status, string timeName, string statusName)
    {
        ArgumentNullException.ThrowIfNull(time, timeName);
        ArgumentNullException.ThrowIfNull(status, statusName);
        Preconditions.CheckNotEmpty(time, timeName);
        Preconditions.CheckSameLength(time.Count, status.Count, statusName);
        Preconditions.CheckFinite(time, timeName);
        Preconditions.CheckNonNegative(time, timeName);
    }

    public static double[] Copy(IReadOnlyList<double> values)
    {
        switch (values)
        {
            case double[] array:
                return (double[])array.Clone();
            case List<double> list:
                return CollectionsMarshal.AsSpan(list).ToArray();
            default:
                var copy = new double[values.Count];
                for (var i = 0; i < copy.Length; i++) copy[i] = values[i];
                return copy;
        }
    }

    /// <summary>
    /// Times sorted ascending with their status carried along (the order among tied times is irrelevant:
    /// every consumer aggregates a tie as one block), then <see cref="FixNearTies"/> applied.
    /// </summary>
    public static (double[] Time, bool[] Status) SortByTime(IReadOnlyList<double> time, IReadOnlyList<bool> status)
    {
        var t = Copy(time);
        var s = new bool[t.Length];
        if (status is bool[] statusArray) Array.Copy(statusArray, s, s.Length);
        else for (var i = 0; i < s.Length; i++) s[i] = status[i];
        Array.Sort(t, s);
        FixNearTies(t);
        return (t, s);
    }

    /// <summary>
    /// R survival's <c>aeqSurv</c> (the <c>timefix = TRUE</c> default of survfit, survdiff and coxph) on a sorted
    /// array: consecutive distinct times whose gap is at most sqrt(eps), absolutely or relative to the mean
    /// absolute distinct time, are tied, and every member of a chain of ties takes the chain's first value.
    /// Protects against times such as 1 and 1 + 1e-15 that arise from arithmetic on dates.
    /// </summary>
    public static void FixNearTies(double[] sorted)
    {
        if (sorted.Length < 2) return;
        double sum = 0;
        var distinct = 0;
        var previous = double.NaN;
        foreach (var v in sorted)
        {
            if (distinct > 0 && v == previous) continue;
            sum += Math.Abs(v);
            distinct++;
            previous = v;
        }
        if (distinct < 2) return;
        var mean = sum / distinct;

        var cut = sorted[0];
        previous = sorted[0];
        for (var i = 1; i < sorted.Length; i++)
        {
            var v = sorted[i];
            if (v != previous)
            {
                var gap = v - previous;
                var tied = gap <= Tolerance || gap / mean <= Tolerance;
                previous = v;
                if (!tied) cut = v;
            }
            sorted[i] = cut;
        }
    }
}
