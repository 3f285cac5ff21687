using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Tests;

/// <summary>
/// Wilcoxon rank-sum test of two independent samples, as R's <c>wilcox.test(x, y, exact = FALSE)</c>.
/// </summary>
public static class WilcoxonRankSum
{
    /// <summary>
    /// W = sum of the average ranks of x in the pooled sample - n_x (n_x + 1) / 2;
    /// z = (W - n_x n_y / 2 - c) / sigma with sigma^2 = (n_x n_y / 12) [(N + 1) - sum(t^3 - t) / (N (N - 1))]
    /// (t: sizes of tie groups) and c = sign(W - n_x n_y / 2) / 2 when <paramref name="correct"/> (R's default,
    /// <c>correct = TRUE</c>) else 0; p = 2 min(Phi(z), 1 - Phi(z)). This is always the normal approximation:
    /// R's default switches to the exact distribution for n &lt; 50 without ties; here exact = FALSE is fixed.
    /// </summary>
    /// <param name="x">First sample (finite values).</param>
    /// <param name="y">Second sample (finite values).</param>
    /// <param name="correct">Continuity correction, R's <c>correct</c> (default true).</param>
    public static WilcoxonRankSumResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y, bool correct = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        Preconditions.CheckNotEmpty(x, nameof(x));
        Preconditions.CheckNotEmpty(y, nameof(y));
        Preconditions.CheckFinite(x, nameof(x));
        Preconditions.CheckFinite(y, nameof(y));

        var pooled = x.Concat(y).ToArray();
        var (ranks, tieSum) = AverageRanks.Compute(pooled);
        double nx = x.Count, ny = y.Count, n = nx + ny;
        var rankSum = 0.0;
        for (var i = 0; i < x.Count; i++) rankSum += ranks[i];
        var w = rankSum - nx * (nx + 1) / 2;

        var z = w - nx * ny / 2;
        var sigma = Math.Sqrt(nx * ny / 12 * (n + 1 - tieSum / (n * (n - 1))));
        if (!(sigma > 0))
            return new WilcoxonRankSumResult { W = w, Z = null, P = null, ContinuityCorrection = correct };
        var correction = correct ? Math.Sign(z) * 0.5 : 0.0;
        z = (z - correction) / sigma;
        var p = 2 * Math.Min(NormalDistribution.Cdf(z), NormalDistribution.UpperTail(z));
        return new WilcoxonRankSumResult { W = w, Z = z, P = p, ContinuityCorrection = correct };
    }
}
