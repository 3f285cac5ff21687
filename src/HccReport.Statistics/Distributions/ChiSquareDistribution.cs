using MathNet.Numerics;

namespace HccReport.Statistics.Distributions;

/// <summary>The chi-square distribution's upper tail, accurate far into the tail.</summary>
public static class ChiSquareDistribution
{
    /// <summary>
    /// P(X &gt; x) for X ~ chi-square(df), as R's <c>pchisq(x, df, lower.tail = FALSE)</c>.
    /// Computed as the regularised upper incomplete gamma function, not 1 - CDF, so that p values
    /// near 1e-300 keep their digits.
    /// </summary>
    public static double UpperTail(double x, double df)
    {
        if (df <= 0) throw new ArgumentOutOfRangeException(nameof(df), df, "Degrees of freedom must be positive.");
        if (double.IsNaN(x)) return double.NaN;
        if (x <= 0) return 1.0;
        if (double.IsPositiveInfinity(x)) return 0.0;
        return SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);
    }

    /// <summary>The quantile q with P(X &lt;= q) = p, as R's <c>qchisq(p, df)</c>.</summary>
    public static double Quantile(double p, double df) =>
        MathNet.Numerics.Distributions.ChiSquared.InvCDF(df, p);
}
