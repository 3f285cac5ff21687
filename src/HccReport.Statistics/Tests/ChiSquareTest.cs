using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Tests;

/// <summary>Pearson's chi-square test of independence, as R's <c>chisq.test</c> on a matrix.</summary>
public static class ChiSquareTest
{
    /// <summary>
    /// X^2 = sum over cells of (|O - E| - c)^2 / E with E = row total x column total / N, on (r - 1)(c - 1) df.
    /// Without Yates (the default, and the contract's baseline test) c = 0. With Yates, for a 2 x 2 table only,
    /// c = min(0.5, |O - E|) exactly as <c>chisq.test(correct = TRUE)</c>: since |O - E| = |ad - bc| / N in every
    /// cell, this is the classical N(|ad - bc| - N/2)^2 / (r1 r2 c1 c2) when |ad - bc| &gt; N/2, and 0 otherwise
    /// (SPSS's "Continuity Correction" follows the same rule). For larger tables Yates is ignored, as in R.
    /// </summary>
    /// <param name="table">Counts, at least 2 x 2, with no empty row or column.</param>
    /// <param name="yates">Apply Yates' continuity correction to a 2 x 2 table.</param>
    /// <exception cref="ArgumentException">A negative count, fewer than 2 rows or columns, or an empty row or column
    /// (its expected counts would be 0; drop empty levels before testing).</exception>
    public static ChiSquareTestResult Pearson(int[,] table, bool yates = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        var r = table.GetLength(0);
        var c = table.GetLength(1);
        if (r < 2 || c < 2)
            throw new ArgumentException($"A table needs at least 2 rows and 2 columns, got {r} x {c}.", nameof(table));
        var rowTotals = new double[r];
        var colTotals = new double[c];
        var n = 0.0;
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                var v = table[i, j];
                if (v < 0) throw new ArgumentException($"Counts must not be negative, got {v} at [{i}, {j}].", nameof(table));
                rowTotals[i] += v;
                colTotals[j] += v;
                n += v;
            }
        }
        for (var i = 0; i < r; i++)
            if (rowTotals[i] == 0) throw new ArgumentException($"Row {i} is empty; drop empty levels before testing.", nameof(table));
        for (var j = 0; j < c; j++)
            if (colTotals[j] == 0) throw new ArgumentException($"Column {j} is empty; drop empty levels before testing.", nameof(table));

        var expected = new double[r][];
        var min = double.PositiveInfinity;
        var below = 0;
        for (var i = 0; i < r; i++)
        {
            expected[i] = new double[c];
            for (var j = 0; j < c; j++)
            {
                var e = rowTotals[i] * colTotals[j] / n;
                expected[i][j] = e;
                min = Math.Min(min, e);
                if (e < 5) below++;
            }
        }

        var correction = 0.0;
        if (yates && r == 2 && c == 2)
        {
            correction = 0.5;
            for (var i = 0; i < 2; i++)
                for (var j = 0; j < 2; j++)
                    correction = Math.Min(correction, Math.Abs(table[i, j] - expected[i][j]));
        }

        // Column-major order, as R sums a matrix.
        var statistic = 0.0;
        for (var j = 0; j < c; j++)
        {
            for (var i = 0; i < r; i++)
            {
                var dev = Math.Abs(table[i, j] - expected[i][j]) - correction;
                statistic += dev * dev / expected[i][j];
            }
        }
        var df = (r - 1) * (c - 1);
        return new ChiSquareTestResult
        {
            Statistic = statistic,
            DegreesOfFreedom = df,
            P = ChiSquareDistribution.UpperTail(statistic, df),
            Expected = expected,
            MinimumExpected = min,
            CellsExpectedBelowFive = below,
            ContinuityCorrection = correction,
            Method = correction > 0 ? "Pearson's Chi-squared test with Yates' continuity correction" : "Pearson's Chi-squared test",
        };
    }
}
