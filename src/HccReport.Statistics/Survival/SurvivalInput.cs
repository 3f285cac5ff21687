using System.Globalization;
using System.Runtime.InteropServices;

namespace HccReport.Statistics.Survival;

/// <summary>
/// Shared preparation of right-censored data: argument checks, one O(n) sort by time, and R's <c>timefix</c>.
/// Everything after this works on sorted arrays in single passes.
/// </summary>
internal static class SurvivalInput
{
    /// <summary>R's <c>sqrt(.Machine$double.eps)</c>, the tolerance survival uses for near ties and quantiles.</summary>
    public const double Tolerance = 1.4901161193847656e-08;

    /// <summary>Null, empty and length checks; the values are checked while they are copied.</summary>
    public static void Check(IReadOnlyList<double> time, IReadOnlyList<bool> status, string timeName, string statusName)
    {
        ArgumentNullException.ThrowIfNull(time, timeName);
        ArgumentNullException.ThrowIfNull(status, statusName);
        Preconditions.CheckNotEmpty(time, timeName);
        Preconditions.CheckSameLength(time.Count, status.Count, statusName);
    }

    /// <summary>A copy of the times, each checked to be finite and &gt;= 0, with -0.0 made +0.0 for the radix sort.</summary>
    public static double[] CopyTimes(IReadOnlyList<double> time, string paramName)
    {
        var copy = time switch
        {
            double[] array => (double[])array.Clone(),
            List<double> list => CollectionsMarshal.AsSpan(list).ToArray(),
            _ => CopySlow(time),
        };
        for (var i = 0; i < copy.Length; i++)
        {
            var v = copy[i];
            if (!(v >= 0) || v == double.PositiveInfinity)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Value at index {i} is {v}; times must be finite and not negative."), paramName);
            if (v == 0) copy[i] = 0.0;
        }
        return copy;
    }

    /// <summary>The list itself when it is an array (read, never written), else a copy.</summary>
    public static T[] AsArray<T>(IReadOnlyList<T> values) => values switch
    {
        T[] array => array,
        List<T> list => CollectionsMarshal.AsSpan(list).ToArray(),
        _ => CopySlow(values),
    };

    private static T[] CopySlow<T>(IReadOnlyList<T> values)
    {
        var copy = new T[values.Count];
        for (var i = 0; i < copy.Length; i++) copy[i] = values[i];
        return copy;
    }

    /// <summary>
    /// Checked times sorted ascending with their status (1 = event) carried along, then <see cref="FixNearTies"/>
    /// applied. The order among tied times is irrelevant: every consumer aggregates a tie as one block.
    /// </summary>
    public static (double[] Time, byte[] Status) SortByTime(IReadOnlyList<double> time, IReadOnlyList<bool> status, string timeName)
    {
        var t = CopyTimes(time, timeName);
        var source = AsArray(status);
        var s = new byte[t.Length];
        for (var i = 0; i < s.Length; i++) s[i] = source[i] ? (byte)1 : (byte)0;
        TimeSort.Sort(t.AsSpan(), s.AsSpan());
        FixNearTies(t);
        return (t, s);
    }

    /// <summary>
    /// R survival's <c>aeqSurv</c> (the <c>timefix = TRUE</c> default of survfit, survdiff and coxph) on a sorted
    /// array: consecutive distinct times whose gap is at most sqrt(eps), absolutely or relative to the mean
    /// absolute distinct time, are tied, and every member of a chain of ties takes the chain's first value.
    /// Protects against times such as 1 and 1 + 1e-15 that arise from arithmetic on dates.
    /// </summary>
    public static void FixNearTies(Span<double> sorted)
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
