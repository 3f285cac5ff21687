using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Tests;

/// <summary>Kruskal-Wallis rank-sum test of k independent samples, as R's <c>kruskal.test</c>.</summary>
public static class KruskalWallis
{
    /// <summary>
    /// H = [12 / (N (N + 1)) sum_g R_g^2 / n_g - 3 (N + 1)] / [1 - sum(t^3 - t) / (N^3 - N)] on k - 1 df,
    /// with R_g the rank sum of group g in the pooled sample (average ranks for ties) and t the tie-group sizes.
    /// Empty groups are ignored, as R's factor drops unused levels.
    /// </summary>
    /// <param name="groups">The samples (finite values); at least two must be non-empty.</param>
    public static KruskalWallisResult Test(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var used = groups.Where(g => g is not null && g.Count > 0).ToArray();
        if (used.Length < 2) throw new ArgumentException("At least two non-empty groups are needed.", nameof(groups));
        foreach (var g in used) Preconditions.CheckFinite(g, nameof(groups));

        var pooled = used.SelectMany(g => g).ToArray();
        double n = pooled.Length;
        var (ranks, tieSum) = AverageRanks.Compute(pooled);
        var sum = 0.0;
        var offset = 0;
        foreach (var g in used)
        {
            var rg = 0.0;
            for (var i = 0; i < g.Count; i++) rg += ranks[offset + i];
            sum += rg * rg / g.Count;
            offset += g.Count;
        }
        var df = used.Length - 1;
        var denominator = 1 - tieSum / (n * n * n - n);
        if (!(denominator > 0)) return new KruskalWallisResult { Statistic = null, DegreesOfFreedom = df, P = null };
        var h = (12 * sum / (n * (n + 1)) - 3 * (n + 1)) / denominator;
        return new KruskalWallisResult { Statistic = h, DegreesOfFreedom = df, P = ChiSquareDistribution.UpperTail(h, df) };
    }
}
