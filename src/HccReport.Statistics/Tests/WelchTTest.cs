using HccReport.Statistics.Descriptive;
using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Tests;

/// <summary>Welch's unequal-variance t test, as R's <c>t.test(x, y)</c> (var.equal = FALSE, the default).</summary>
public static class WelchTTest
{
    /// <summary>
    /// t = (mean_x - mean_y) / SE with SE^2 = s_x^2/n_x + s_y^2/n_y, on
    /// df = SE^4 / [(s_x^2/n_x)^2/(n_x - 1) + (s_y^2/n_y)^2/(n_y - 1)]; p = 2 P(T_df &gt; |t|);
    /// interval difference ± qt((1 + level)/2, df) SE.
    /// </summary>
    /// <param name="x">First sample, at least two finite values.</param>
    /// <param name="y">Second sample, at least two finite values.</param>
    /// <param name="confidenceLevel">Level of the interval (default 0.95).</param>
    public static WelchTTestResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count < 2) throw new ArgumentException($"At least 2 values are needed, got {x.Count}.", nameof(x));
        if (y.Count < 2) throw new ArgumentException($"At least 2 values are needed, got {y.Count}.", nameof(y));
        Preconditions.CheckFinite(x, nameof(x));
        Preconditions.CheckFinite(y, nameof(y));
        Preconditions.CheckProbability(confidenceLevel, nameof(confidenceLevel));

        double nx = x.Count, ny = y.Count;
        var mx = SampleMoments.Mean(x);
        var my = SampleMoments.Mean(y);
        var sx2 = SampleMoments.Variance(x) / nx;
        var sy2 = SampleMoments.Variance(y) / ny;
        var se = Math.Sqrt(sx2 + sy2);
        var difference = mx - my;
        if (!(se > 0))
        {
            return new WelchTTestResult
            {
                MeanX = mx, MeanY = my, Difference = difference, StandardError = se, T = null, DegreesOfFreedom = null,
                P = null, Lower = null, Upper = null, ConfidenceLevel = confidenceLevel,
            };
        }
        var df = Math.Pow(se, 4) / (sx2 * sx2 / (nx - 1) + sy2 * sy2 / (ny - 1));
        var t = difference / se;
        var q = StudentTDistribution.Quantile(1 - (1 - confidenceLevel) / 2, df);
        return new WelchTTestResult
        {
            MeanX = mx,
            MeanY = my,
            Difference = difference,
            StandardError = se,
            T = t,
            DegreesOfFreedom = df,
            P = StudentTDistribution.TwoSidedP(t, df),
            Lower = (t - q) * se,
            Upper = (t + q) * se,
            ConfidenceLevel = confidenceLevel,
        };
    }
}
