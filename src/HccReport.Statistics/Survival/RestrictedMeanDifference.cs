namespace HccReport.Statistics.Survival;

/// <summary>
/// The difference between two groups' restricted mean survival times at a common horizon, first minus
/// second, with SE sqrt(se1^2 + se2^2) (independent groups), a Wald interval and a two-sided Wald p value.
/// </summary>
/// <param name="Tau">The common horizon.</param>
/// <param name="Estimate">rmean1 - rmean2.</param>
/// <param name="StdErr">sqrt(se1^2 + se2^2).</param>
/// <param name="Lower">Estimate - z SE.</param>
/// <param name="Upper">Estimate + z SE.</param>
/// <param name="Z">Estimate / SE, or null when SE = 0.</param>
/// <param name="PValue">2 P(Z &gt; |z|), or null when SE = 0.</param>
/// <param name="ConfidenceLevel">Level of the interval.</param>
public sealed record RestrictedMeanDifference(
    double Tau,
    double Estimate,
    double StdErr,
    double Lower,
    double Upper,
    double? Z,
    double? PValue,
    double ConfidenceLevel);
