using MathNet.Numerics;

namespace HccReport.Statistics.Distributions;

/// <summary>The F distribution's upper tail.</summary>
public static class FDistribution
{
    /// <summary>
    /// P(F &gt; f) for F ~ F(df1, df2), as R's <c>pf(f, df1, df2, lower.tail = FALSE)</c>, computed as
    /// I_{df2/(df2 + df1 f)}(df2/2, df1/2) so that small p values keep their digits.
    /// </summary>
    public static double UpperTail(double f, double df1, double df2)
    {
        if (!(df1 > 0)) throw new ArgumentOutOfRangeException(nameof(df1), df1, "Degrees of freedom must be positive.");
        if (!(df2 > 0)) throw new ArgumentOutOfRangeException(nameof(df2), df2, "Degrees of freedom must be positive.");
        if (double.IsNaN(f)) return double.NaN;
        if (f <= 0) return 1.0;
        if (double.IsPositiveInfinity(f)) return 0.0;
        return SpecialFunctions.BetaRegularized(df2 / 2.0, df1 / 2.0, df2 / (df2 + df1 * f));
    }
}
