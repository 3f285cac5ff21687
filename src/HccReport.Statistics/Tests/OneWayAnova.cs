using HccReport.Statistics.Descriptive;
using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Tests;

/// <summary>
/// One-way analysis of variance with equal variances: R's <c>oneway.test(y ~ g, var.equal = TRUE)</c>,
/// equivalently <c>anova(lm(y ~ g))</c>.
/// </summary>
public static class OneWayAnova
{
    /// <summary>
    /// F = [sum_g n_g (mean_g - mean)^2 / (k - 1)] / [sum_g sum_i (y_gi - mean_g)^2 / (N - k)] on (k - 1, N - k) df.
    /// Empty groups are ignored. A group of one observation contributes nothing within (as in anova(lm);
    /// oneway.test returns NA there because it multiplies 0 by the undefined variance).
    /// </summary>
    /// <param name="groups">The samples (finite values); at least two non-empty groups and N &gt; k.</param>
    public static OneWayAnovaResult Test(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var used = groups.Where(g => g is not null && g.Count > 0).ToArray();
        if (used.Length < 2) throw new ArgumentException("At least two non-empty groups are needed.", nameof(groups));
        foreach (var g in used) Preconditions.CheckFinite(g, nameof(groups));
        var k = used.Length;
        var n = used.Sum(g => g.Count);
        if (n <= k) throw new ArgumentException($"Need more observations ({n}) than groups ({k}).", nameof(groups));

        var grand = SampleMoments.Mean(used.SelectMany(g => g).ToArray());
        var between = 0.0;
        var within = 0.0;
        foreach (var g in used)
        {
            var m = SampleMoments.Mean(g);
            between += g.Count * (m - grand) * (m - grand);
            for (var i = 0; i < g.Count; i++) within += (g[i] - m) * (g[i] - m);
        }
        int df1 = k - 1, df2 = n - k;
        var f = between / df1 / (within / df2);
        var defined = !double.IsNaN(f);
        return new OneWayAnovaResult
        {
            F = defined ? f : null,
            DegreesOfFreedomBetween = df1,
            DegreesOfFreedomWithin = df2,
            P = defined ? FDistribution.UpperTail(f, df1, df2) : null,
            SumOfSquaresBetween = between,
            SumOfSquaresWithin = within,
        };
    }
}
