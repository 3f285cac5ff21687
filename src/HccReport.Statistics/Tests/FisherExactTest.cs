using MathNet.Numerics;

namespace HccReport.Statistics.Tests;

/// <summary>
/// Fisher's exact test of independence in a 2 x 2, r x 2 or 2 x c table, two-sided exactly as R's
/// <c>fisher.test</c>.
/// </summary>
/// <remarks>
/// <para>With all margins fixed, the table's probability is hypergeometric,
/// P = prod(row totals!) prod(column totals!) / (N! prod(cells!)). The two-sided p value sums P over the
/// tables no more probable than the observed one. "No more probable" carries R's tolerance: for 2 x 2 the
/// relative tolerance 1e-7 of fisher.test (d &lt;= d_obs (1 + 1e-7)); for larger tables FEXACT's
/// 3.45254e-7 added to the log-probability.</para>
/// <para>2 x 2 also gives the conditional maximum-likelihood odds ratio (the root of E[x11; psi] = x11 under
/// the non-central hypergeometric distribution) and its conditional interval, each found by R's uniroot
/// (Brent's method, tolerance eps^0.25) on the same functions as fisher.test, so the estimates agree with R's
/// to far better than that tolerance.</para>
/// <para>Larger tables (r x 2 or 2 x c) are enumerated by a network algorithm over the rows: each partial
/// table is a path, and the largest and smallest completions of a path (dynamic programming over the
/// remaining rows) decide whether all its completions count, none do, or it must be expanded.</para>
/// </remarks>
public static class FisherExactTest
{
    private const double RelativeTolerance2x2 = 1e-7;
    private const double FexactTolerance = 3.45254e-7;

    /// <summary>Two-sided Fisher's exact test.</summary>
    /// <param name="table">Counts, r x c with r, c &gt;= 2 and min(r, c) = 2.</param>
    /// <param name="confidenceLevel">Level of the odds-ratio interval (2 x 2 only).</param>
    /// <exception cref="ArgumentException">A negative count, an empty table, or a table larger than r x 2 / 2 x c.</exception>
    public static FisherExactTestResult TwoSided(int[,] table, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(table);
        Preconditions.CheckProbability(confidenceLevel, nameof(confidenceLevel));
        var rows = table.GetLength(0);
        var cols = table.GetLength(1);
        if (rows < 2 || cols < 2)
            throw new ArgumentException($"A table needs at least 2 rows and 2 columns, got {rows} x {cols}.", nameof(table));
        if (rows > 2 && cols > 2)
            throw new ArgumentException($"Fisher's exact test is implemented for 2 x 2, r x 2 and 2 x c tables, got {rows} x {cols}.", nameof(table));
        var total = 0;
        foreach (var v in table)
        {
            if (v < 0) throw new ArgumentException($"Counts must not be negative, got {v}.", nameof(table));
            total += v;
        }
        if (total == 0) throw new ArgumentException("The table is empty.", nameof(table));

        if (rows == 2 && cols == 2) return TwoByTwo(table, confidenceLevel);

        // Orient as r x 2: the rows are the long dimension.
        int[] firstColumn, rowTotals;
        if (cols == 2)
        {
            firstColumn = Enumerable.Range(0, rows).Select(i => table[i, 0]).ToArray();
            rowTotals = Enumerable.Range(0, rows).Select(i => table[i, 0] + table[i, 1]).ToArray();
        }
        else
        {
            firstColumn = Enumerable.Range(0, cols).Select(j => table[0, j]).ToArray();
            rowTotals = Enumerable.Range(0, cols).Select(j => table[0, j] + table[1, j]).ToArray();
        }
        var p = RByTwoMeetInTheMiddle(firstColumn, rowTotals) ?? RByTwo(firstColumn, rowTotals);
        return new FisherExactTestResult
        {
            P = Math.Max(0.0, Math.Min(1.0, p)), OddsRatio = null, Lower = null, Upper = null, ConfidenceLevel = confidenceLevel,
        };
    }

    private static FisherExactTestResult TwoByTwo(int[,] t, double level)
    {
        var m = t[0, 0] + t[1, 0];   // first column total
        var n = t[0, 1] + t[1, 1];   // second column total
        var k = t[0, 0] + t[0, 1];   // first row total
        var x = t[0, 0];
        var h = new NoncentralHypergeometric(m, n, k);

        var d = h.Density(1.0);
        var observed = d[x - h.Lo] * (1 + RelativeTolerance2x2);
        var p = 0.0;
        foreach (var v in d) if (v <= observed) p += v;

        double Mle()
        {
            if (x == h.Lo) return 0.0;
            if (x == h.Hi) return double.PositiveInfinity;
            var mu = h.Mean(1.0);
            if (mu > x) return BrentZeroin.Uniroot(psi => h.Mean(psi) - x, 0.0, 1.0);
            if (mu < x) return 1.0 / BrentZeroin.Uniroot(psi => h.Mean(1.0 / psi) - x, Epsilon, 1.0);
            return 1.0;
        }

        double UpperBound(double alpha)
        {
            if (x == h.Hi) return double.PositiveInfinity;
            var p1 = h.Cdf(x, 1.0, upperTail: false);
            if (p1 < alpha) return BrentZeroin.Uniroot(psi => h.Cdf(x, psi, upperTail: false) - alpha, 0.0, 1.0);
            if (p1 > alpha) return 1.0 / BrentZeroin.Uniroot(psi => h.Cdf(x, 1.0 / psi, upperTail: false) - alpha, Epsilon, 1.0);
            return 1.0;
        }

        double LowerBound(double alpha)
        {
            if (x == h.Lo) return 0.0;
            var p1 = h.Cdf(x, 1.0, upperTail: true);
            if (p1 > alpha) return BrentZeroin.Uniroot(psi => h.Cdf(x, psi, upperTail: true) - alpha, 0.0, 1.0);
            if (p1 < alpha) return 1.0 / BrentZeroin.Uniroot(psi => h.Cdf(x, 1.0 / psi, upperTail: true) - alpha, Epsilon, 1.0);
            return 1.0;
        }

        var a = (1.0 - level) / 2.0;
        return new FisherExactTestResult
        {
            P = p, OddsRatio = Mle(), Lower = LowerBound(a), Upper = UpperBound(a), ConfidenceLevel = level,
        };
    }

    /// <summary>R's .Machine$double.eps, the lower end of fisher.test's inverted search intervals.</summary>
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>Most partial tables one half of the rows may have before meet-in-the-middle gives way to the network search.</summary>
    private const long HalfTableBudget = 4_000_000;

    /// <summary>
    /// The same p value as <see cref="RByTwo"/>, found by splitting the rows into two halves of balanced size:
    /// every partial table of each half is listed once with its first-column count s and statistic, and a table
    /// of the whole is a pair (s, c1 - s). With the second half's statistics sorted and their probabilities summed
    /// cumulatively, each first-half table finds the mass of its qualifying partners by one binary search, so the
    /// work grows with the square root of the number of tables. Null when a half would be too large to list.
    /// </summary>
    private static double? RByTwoMeetInTheMiddle(int[] firstColumn, int[] rowTotals)
    {
        var r = rowTotals.Length;
        var c1 = firstColumn.Sum();
        var total = rowTotals.Sum();
        var logChoose = rowTotals.Select(ni => Enumerable.Range(0, ni + 1).Select(a => SpecialFunctions.BinomialLn(ni, a)).ToArray()).ToArray();

        // Balance the halves by the logarithm of the number of partial tables each can hold.
        var halves = new[] { new List<int>(), new List<int>() };
        var size = new double[2];
        foreach (var i in Enumerable.Range(0, r).OrderByDescending(i => Math.Min(rowTotals[i], c1)).ThenBy(i => i))
        {
            var h = size[0] <= size[1] ? 0 : 1;
            halves[h].Add(i);
            size[h] += Math.Log(Math.Min(rowTotals[i], c1) + 1.0);
        }
        if (Math.Max(size[0], size[1]) > Math.Log(HalfTableBudget)) return null;

        var first = Enumerate(halves[0], logChoose, c1);
        var second = Enumerate(halves[1], logChoose, c1);
        var observed = 0.0;
        for (var i = 0; i < r; i++) observed += logChoose[i][firstColumn[i]];
        var threshold = observed + FexactTolerance;
        var logDenominator = SpecialFunctions.BinomialLn(total, c1);

        // Per s: the second half's statistics ascending, with cumulative sums of exp(L - max).
        var sorted = new double[c1 + 1][];
        var cumulative = new double[c1 + 1][];
        var top = new double[c1 + 1];
        for (var s = 0; s <= c1; s++)
        {
            var values = second[s].ToArray();
            Array.Sort(values);
            sorted[s] = values;
            top[s] = values.Length == 0 ? 0 : values[^1];
            var sums = new double[values.Length + 1];
            for (var k = 0; k < values.Length; k++) sums[k + 1] = sums[k] + Math.Exp(values[k] - top[s]);
            cumulative[s] = sums;
        }

        var p = 0.0;
        for (var s1 = 0; s1 <= c1; s1++)
        {
            var partner = c1 - s1;
            var values = sorted[partner];
            if (values.Length == 0) continue;
            foreach (var l1 in first[s1])
            {
                // Partners with l1 + l2 <= threshold: the first index whose value exceeds threshold - l1.
                var limit = threshold - l1;
                int lo = 0, hi = values.Length;
                while (lo < hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (values[mid] <= limit) lo = mid + 1; else hi = mid;
                }
                if (lo > 0) p += Math.Exp(l1 + top[partner] - logDenominator) * cumulative[partner][lo];
            }
        }
        return p;
    }

    /// <summary>Every partial table of <paramref name="rows"/> with at most <paramref name="c1"/> in the first column: its statistic, listed by its first-column count.</summary>
    private static List<double>[] Enumerate(List<int> rows, double[][] logChoose, int c1)
    {
        var bySum = new List<double>[c1 + 1];
        for (var s = 0; s <= c1; s++) bySum[s] = [];
        void Walk(int k, int s, double statistic)
        {
            if (k == rows.Count)
            {
                bySum[s].Add(statistic);
                return;
            }
            var row = logChoose[rows[k]];
            for (var a = 0; a < row.Length && s + a <= c1; a++)
                Walk(k + 1, s + a, statistic + row[a]);
        }
        Walk(0, 0, 0.0);
        return bySum;
    }

    /// <summary>Two-sided p value of an r x 2 table given its first column and its row totals.</summary>
    private static double RByTwo(int[] firstColumn, int[] rowTotals)
    {
        var r = rowTotals.Length;
        var c1 = firstColumn.Sum();
        var total = rowTotals.Sum();

        // log C(n_i, a) for each row; the statistic of a table is sum_i log C(n_i, a_i).
        var logChoose = rowTotals.Select(ni => Enumerable.Range(0, ni + 1).Select(a => SpecialFunctions.BinomialLn(ni, a)).ToArray()).ToArray();
        var suffix = new int[r + 1];
        for (var i = r - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + rowTotals[i];

        // Largest and smallest statistic over the completions of rows i.. holding s first-column counts.
        var max = new double[r + 1][];
        var min = new double[r + 1][];
        max[r] = [0.0];
        min[r] = [0.0];
        for (var i = r - 1; i >= 0; i--)
        {
            var size = Math.Min(c1, suffix[i]) + 1;
            max[i] = new double[size];
            min[i] = new double[size];
            for (var s = 0; s < size; s++)
            {
                var hi = double.NegativeInfinity;
                var lo = double.PositiveInfinity;
                for (var a = Math.Max(0, s - suffix[i + 1]); a <= Math.Min(rowTotals[i], s); a++)
                {
                    var v = logChoose[i][a];
                    hi = Math.Max(hi, v + max[i + 1][s - a]);
                    lo = Math.Min(lo, v + min[i + 1][s - a]);
                }
                max[i][s] = hi;
                min[i][s] = lo;
            }
        }

        var observed = 0.0;
        for (var i = 0; i < r; i++) observed += logChoose[i][firstColumn[i]];
        var threshold = observed + FexactTolerance;
        var logDenominator = SpecialFunctions.BinomialLn(total, c1);

        var p = 0.0;
        void Visit(int i, int s, double past)
        {
            if (past + max[i][s] <= threshold)
            {
                // Every completion is at most as probable as the observed table: their total is
                // C(n_i + ... + n_r, s) by Vandermonde's identity.
                p += Math.Exp(past + SpecialFunctions.BinomialLn(suffix[i], s) - logDenominator);
                return;
            }
            if (past + min[i][s] > threshold) return;
            for (var a = Math.Max(0, s - suffix[i + 1]); a <= Math.Min(rowTotals[i], s); a++)
                Visit(i + 1, s - a, past + logChoose[i][a]);
        }
        Visit(0, c1, 0.0);
        return p;
    }
}
