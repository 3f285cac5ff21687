using System.Globalization;
using HccReport.Statistics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace HccReport.Statistics.Survival;

/// <summary>
/// The k-group log-rank test and its weighted relatives (Fleming-Harrington rho family, SPSS's Breslow and
/// Tarone-Ware), optionally stratified: R's <c>survdiff(Surv(time, status) ~ group + strata(s), rho)</c>.
/// </summary>
public static class LogRank
{
    /// <summary>
    /// Compares the survival of groups given as integer codes (any values; reported in ascending order).
    /// Matches R's <c>survdiff</c> (timefix = TRUE) for <see cref="LogRankWeight.LogRank"/> and
    /// <see cref="LogRankWeight.FlemingHarrington"/>; stratified tests sum O, E and V over strata.
    /// Cost: one radix sort, O(n), then one pass per stratum with O(k^2) work per event time.
    /// </summary>
    /// <param name="time">Follow-up times, finite and &gt;= 0.</param>
    /// <param name="status">true = event.</param>
    /// <param name="group">Group code of each observation; at least two distinct codes.</param>
    /// <param name="strata">Stratum code of each observation, or null for an unstratified test.</param>
    /// <param name="weight">The weight function; <see cref="LogRankWeight.LogRank"/> if null.</param>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two groups, or a time is NaN, infinite or negative.</exception>
    public static LogRankTest Test(IReadOnlyList<double> time, IReadOnlyList<bool> status, IReadOnlyList<int> group,
        IReadOnlyList<int>? strata = null, LogRankWeight? weight = null)
    {
        SurvivalInput.Check(time, status, nameof(time), nameof(status));
        ArgumentNullException.ThrowIfNull(group);
        Preconditions.CheckSameLength(time.Count, group.Count, nameof(group));
        if (strata is not null) Preconditions.CheckSameLength(time.Count, strata.Count, nameof(strata));
        var (groupIndex, groupCodes) = Encode(group);
        var labels = groupCodes.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray();
        var (strataIndex, strataCodes) = strata is null ? (null, Array.Empty<int>()) : Encode(strata);
        return Compute(time, status, groupIndex, labels, strataIndex, Math.Max(1, strataCodes.Length), weight ?? LogRankWeight.LogRank);
    }

    /// <summary>
    /// Compares the survival of groups given as labels, reported in ordinal (culture-independent) order; see the
    /// integer overload for the method.
    /// </summary>
    public static LogRankTest Test(IReadOnlyList<double> time, IReadOnlyList<bool> status, IReadOnlyList<string> group,
        IReadOnlyList<string>? strata = null, LogRankWeight? weight = null)
    {
        SurvivalInput.Check(time, status, nameof(time), nameof(status));
        ArgumentNullException.ThrowIfNull(group);
        Preconditions.CheckSameLength(time.Count, group.Count, nameof(group));
        if (strata is not null) Preconditions.CheckSameLength(time.Count, strata.Count, nameof(strata));
        var (groupIndex, labels) = Encode(group, nameof(group));
        var (strataIndex, strataLabels) = strata is null ? (null, Array.Empty<string>()) : Encode(strata, nameof(strata));
        return Compute(time, status, groupIndex, labels, strataIndex, Math.Max(1, strataLabels.Length), weight ?? LogRankWeight.LogRank);
    }

    /// <summary>Ranks of the codes among their distinct values; a lookup table when their range is small.</summary>
    private static (int[] Index, int[] Codes) Encode(IReadOnlyList<int> codes)
    {
        var values = SurvivalInput.AsArray(codes);
        int min = int.MaxValue, max = int.MinValue;
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        var index = new int[values.Length];
        if ((long)max - min < Math.Max(1 << 16, values.Length))
        {
            var rank = new int[max - min + 1];
            foreach (var v in values) rank[v - min] = 1;
            var sorted = new List<int>();
            for (var d = 0; d < rank.Length; d++)
            {
                if (rank[d] == 0) continue;
                rank[d] = sorted.Count;
                sorted.Add(d + min);
            }
            for (var i = 0; i < index.Length; i++) index[i] = rank[values[i] - min];
            return (index, sorted.ToArray());
        }
        var distinct = new HashSet<int>(values).ToArray();
        Array.Sort(distinct);
        var position = new Dictionary<int, int>(distinct.Length);
        for (var i = 0; i < distinct.Length; i++) position[distinct[i]] = i;
        for (var i = 0; i < index.Length; i++) index[i] = position[values[i]];
        return (index, distinct);
    }

    private static (int[] Index, string[] Labels) Encode(IReadOnlyList<string> labels, string paramName)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] is null) throw new ArgumentException($"Value at index {i} is null.", paramName);
            distinct.Add(labels[i]);
        }
        var sorted = distinct.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var position = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++) position[sorted[i]] = i;
        var index = new int[labels.Count];
        for (var i = 0; i < index.Length; i++) index[i] = position[labels[i]];
        return (index, sorted);
    }

    private static LogRankTest Compute(IReadOnlyList<double> time, IReadOnlyList<bool> status, int[] groupIndex,
        string[] labels, int[]? strataIndex, int strataCount, LogRankWeight weight)
    {
        var g = labels.Length;
        if (g < 2) throw new ArgumentException("There is only one group; a test needs at least two.", "group");
        // one payload per row: stratum in the high 32 bits, then group * 2 + event
        var t = SurvivalInput.CopyTimes(time, nameof(time));
        var n = t.Length;
        var dead = SurvivalInput.AsArray(status);
        var payload = new long[n];
        for (var i = 0; i < n; i++)
        {
            var stratum = strataIndex is null ? 0L : strataIndex[i];
            payload[i] = (stratum << 32) | (uint)(groupIndex[i] * 2 + (dead[i] ? 1 : 0));
        }
        // R applies timefix to all rows before splitting strata, so sort and fix globally, then a stable
        // counting pass by stratum keeps the time order within each stratum
        TimeSort.Sort(t.AsSpan(), payload.AsSpan());
        SurvivalInput.FixNearTies(t);
        var segmentEnd = new int[strataCount];
        if (strataCount > 1)
        {
            var start = new int[strataCount];
            foreach (var row in payload) start[(int)(row >> 32)]++;
            for (int s = 0, sum = 0; s < strataCount; s++)
            {
                var count = start[s];
                start[s] = sum;
                sum += count;
                segmentEnd[s] = sum;
            }
            var t2 = new double[n];
            var payload2 = new long[n];
            for (var i = 0; i < n; i++)
            {
                var position = start[(int)(payload[i] >> 32)]++;
                t2[position] = t[i];
                payload2[position] = payload[i];
            }
            t = t2;
            payload = payload2;
        }
        else
        {
            segmentEnd[0] = n;
        }

        var nPerGroup = new int[g];
        var events = new int[g];
        for (var i = 0; i < n; i++)
        {
            var code = (int)(payload[i] & 0xFFFFFFFF);
            nPerGroup[code >> 1]++;
            events[code >> 1] += code & 1;
        }

        var observed = new double[g];
        var expected = new double[g];
        var variance = new double[g][];
        for (var k = 0; k < g; k++) variance[k] = new double[g];
        var risk = new double[g];
        var useKm = weight.Kind == LogRankWeighting.FlemingHarrington && weight.Rho != 0;
        var kmLeft = useKm ? new double[n] : null;

        var segmentStart = 0;
        foreach (var end in segmentEnd)
        {
            Accumulate(t, payload, segmentStart, end, weight, kmLeft, risk, observed, expected, variance);
            segmentStart = end;
        }

        var (chi, df) = Statistic(observed, expected, variance);
        double? p = df > 0 ? ChiSquareDistribution.UpperTail(chi, df) : null;
        return new LogRankTest(labels, nPerGroup, events, observed, expected, variance, chi, df, p, strataCount, weight);
    }

    /// <summary>
    /// One stratum [start, end) of time-sorted rows, in the manner of survival's survdiff2.c: walk backwards so
    /// the risk sets grow by whole tied blocks; the left-continuous pooled KM for the rho weights comes from a
    /// forward pass first.
    /// </summary>
    private static void Accumulate(double[] t, long[] payload, int start, int end, LogRankWeight weight,
        double[]? kmLeft, double[] risk, double[] observed, double[] expected, double[][] variance)
    {
        var g = risk.Length;
        Array.Clear(risk);
        if (kmLeft is not null)
        {
            double km = 1;
            for (var i = start; i < end;)
            {
                var deaths = 0;
                var j = i;
                for (; j < end && t[j] == t[i]; j++)
                {
                    kmLeft[j] = km;
                    deaths += (int)(payload[j] & 1);
                }
                double nRisk = end - i;
                km = km * (nRisk - deaths) / nRisk;
                i = j;
            }
        }

        for (var i = end - 1; i >= start;)
        {
            var blockStart = i;
            while (blockStart > start && t[blockStart - 1] == t[i]) blockStart--;
            double nRisk = end - blockStart;
            var wt = weight.Kind switch
            {
                LogRankWeighting.Breslow => nRisk,
                LogRankWeighting.TaroneWare => Math.Sqrt(nRisk),
                _ => kmLeft is null ? 1.0 : Math.Pow(kmLeft[blockStart], weight.Rho),
            };
            double deaths = 0;
            for (var r = blockStart; r <= i; r++)
            {
                var code = (int)(payload[r] & 0xFFFFFFFF);
                risk[code >> 1] += 1;
                if ((code & 1) != 0)
                {
                    deaths += 1;
                    observed[code >> 1] += wt;
                }
            }
            i = blockStart - 1;
            if (deaths == 0) continue;
            for (var k = 0; k < g; k++) expected[k] += wt * deaths * risk[k] / nRisk;
            if (nRisk == 1) continue;
            var w2 = wt * wt;
            for (var j = 0; j < g; j++)
            {
                var tmp = w2 * deaths * risk[j] * (nRisk - deaths) / (nRisk * (nRisk - 1));
                variance[j][j] += tmp;
                for (var k = 0; k < g; k++) variance[j][k] -= tmp * risk[k] / nRisk;
            }
        }
    }

    /// <summary>
    /// survdiff's quadratic form: groups with E &gt; 0, the first of them dropped, (O - E)' V^-1 (O - E).
    /// R stops with an error when that V is singular; here a Moore-Penrose inverse is used and df is its rank.
    /// </summary>
    private static (double ChiSquare, int DegreesOfFreedom) Statistic(double[] observed, double[] expected, double[][] variance)
    {
        var keep = new List<int>();
        for (var k = 0; k < expected.Length; k++)
            if (expected[k] > 0) keep.Add(k);
        if (keep.Count < 2) return (0, Math.Max(keep.Count - 1, 0));
        var m = keep.Count - 1;
        var v = Matrix<double>.Build.Dense(m, m, (r, c) => variance[keep[r + 1]][keep[c + 1]]);
        var u = Vector<double>.Build.Dense(m, r => observed[keep[r + 1]] - expected[keep[r + 1]]);
        var solved = v.Solve(u);
        if (solved.All(double.IsFinite) && v.Determinant() != 0) return (solved.DotProduct(u), m);
        return (v.PseudoInverse().Multiply(u).DotProduct(u), v.Rank());
    }
}
