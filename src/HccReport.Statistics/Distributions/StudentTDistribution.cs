using MathNet.Numerics;

namespace HccReport.Statistics.Distributions;

/// <summary>Student's t distribution: tail probabilities and quantiles, accurate in the tails.</summary>
public static class StudentTDistribution
{
    /// <summary>
    /// Two-sided p value 2 P(T &gt; |t|), as R's <c>2 * pt(-abs(t), df)</c>, computed as the regularised
    /// incomplete beta I_{df/(df + t^2)}(df/2, 1/2) so that small p values keep their digits.
    /// </summary>
    public static double TwoSidedP(double t, double df)
    {
        CheckDf(df);
        if (double.IsNaN(t)) return double.NaN;
        if (double.IsInfinity(t)) return 0.0;
        return SpecialFunctions.BetaRegularized(df / 2.0, 0.5, df / (df + t * t));
    }

    /// <summary>P(T &lt;= t), as R's <c>pt(t, df)</c>.</summary>
    public static double Cdf(double t, double df)
    {
        CheckDf(df);
        var tail = 0.5 * TwoSidedP(t, df);
        return t > 0 ? 1.0 - tail : tail;
    }

    /// <summary>
    /// The quantile q with P(T &lt;= q) = p, as R's <c>qt(p, df)</c>: MathNet's estimate polished by Newton
    /// steps on the tail-accurate distribution function.
    /// </summary>
    public static double Quantile(double p, double df)
    {
        CheckDf(df);
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Expected a probability strictly between 0 and 1.");
        if (p == 0.5) return 0.0;
        // Work in the lower tail for accuracy, then reflect.
        var lower = Math.Min(p, 1 - p);
        var q = MathNet.Numerics.Distributions.StudentT.InvCDF(0.0, 1.0, df, lower);
        for (var iter = 0; iter < 50; iter++)
        {
            var f = 0.5 * TwoSidedP(q, df) - lower; // q < 0 here, so the lower tail is half the two-sided p
            var density = Math.Exp(SpecialFunctions.GammaLn((df + 1) / 2) - SpecialFunctions.GammaLn(df / 2)
                - 0.5 * Math.Log(df * Math.PI) - (df + 1) / 2 * Math.Log(1 + q * q / df));
            var step = f / density;
            q -= step;
            if (q > 0) q = -1e-300;
            if (Math.Abs(step) <= 1e-15 * Math.Abs(q)) break;
        }
        return p < 0.5 ? q : -q;
    }

    private static void CheckDf(double df)
    {
        if (!(df > 0)) throw new ArgumentOutOfRangeException(nameof(df), df, "Degrees of freedom must be positive.");
    }
}
