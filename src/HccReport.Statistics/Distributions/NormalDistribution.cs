using MathNet.Numerics;

namespace HccReport.Statistics.Distributions;

/// <summary>Standard normal tail probabilities and quantiles, accurate in the tails.</summary>
public static class NormalDistribution
{
    /// <summary>P(Z &gt; z), as R's <c>pnorm(z, lower.tail = FALSE)</c>, via erfc so that the far tail keeps its digits.</summary>
    public static double UpperTail(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2.0));

    /// <summary>P(Z &lt;= z), as R's <c>pnorm(z)</c>.</summary>
    public static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2.0));

    /// <summary>Two-sided p value of a z statistic: 2 P(Z &gt; |z|), as R's <c>2 * pnorm(-abs(z))</c>.</summary>
    public static double TwoSidedP(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>The quantile z with P(Z &lt;= z) = p, as R's <c>qnorm(p)</c>.</summary>
    public static double Quantile(double p) => -Math.Sqrt(2.0) * SpecialFunctions.ErfcInv(2.0 * p);

    /// <summary>
    /// The critical value of a two-sided interval at this confidence level: qnorm(1 - (1 - level) / 2),
    /// 1.959963984540054 at 0.95 (R's value; SPSS's median and mean intervals use a literal 1.96 instead).
    /// </summary>
    public static double TwoSidedCritical(double confidenceLevel) => Quantile(1.0 - (1.0 - confidenceLevel) / 2.0);
}
