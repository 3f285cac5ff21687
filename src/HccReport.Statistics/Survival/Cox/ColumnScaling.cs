using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// How <c>coxph.fit</c> centres and scales each covariate before iterating (see <see cref="CoxDesign"/>): a column
/// whose values are all -1, 0 or 1 is left alone (R's <c>nocenter</c> default); any other column has its mean
/// subtracted and is multiplied by n / sum|x - mean|.
/// </summary>
/// <param name="Means">The value subtracted from each column (0 for a column left alone).</param>
/// <param name="Scales">The factor each centred column is multiplied by (1 for a column left alone).</param>
/// <param name="LeftAlone">Whether each column is left as it is.</param>
/// <param name="FirstNonFinite">Index, in row-major order, of the first value that is NaN or infinite; −1 when none is.</param>
internal sealed record ColumnScaling(double[] Means, double[] Scales, bool[] LeftAlone, long FirstNonFinite)
{
    /// <summary>
    /// Measures <paramref name="covariates"/> in two passes in row order (sums taken in a fixed order, so the same
    /// data give the same bits), finding non-finite values in the first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ColumnScaling Measure(double[,] covariates)
    {
        var n = covariates.GetLength(0);
        var p = covariates.GetLength(1);
        var source = CoxDesign.Flat(covariates);
        var leftAlone = new bool[p];
        Array.Fill(leftAlone, true);
        var means = new double[p];
        var allFinite = true;
        for (var i = 0; i < n; i++)
        {
            var row = source.Slice(i * p, p);
            for (var j = 0; j < p; j++)
            {
                var v = row[j];
                means[j] += v;
                leftAlone[j] &= v == 0 || v == 1 || v == -1;
                allFinite &= double.IsFinite(v);
            }
        }
        if (!allFinite) return new ColumnScaling(means, new double[p], leftAlone, FirstNonFiniteIndex(source));
        for (var j = 0; j < p; j++) means[j] = leftAlone[j] ? 0 : means[j] / n;

        var sumAbs = new double[p];
        for (var i = 0; i < n; i++)
        {
            var row = source.Slice(i * p, p);
            for (var j = 0; j < p; j++) sumAbs[j] += Math.Abs(row[j] - means[j]);
        }
        var scales = new double[p];
        for (var j = 0; j < p; j++) scales[j] = leftAlone[j] || !(sumAbs[j] > 0) ? 1.0 : n / sumAbs[j];
        return new ColumnScaling(means, scales, leftAlone, -1);
    }

    /// <summary>Index of the first NaN or infinite value of <paramref name="values"/>, or −1 when all are finite.</summary>
    public static long FirstNonFiniteIndex(ReadOnlySpan<double> values)
    {
        for (var k = 0; k < values.Length; k++)
            if (!double.IsFinite(values[k])) return k;
        return -1;
    }
}
