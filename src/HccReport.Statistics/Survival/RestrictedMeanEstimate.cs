namespace HccReport.Statistics.Survival;

/// <summary>
/// A restricted mean survival time: the area under the Kaplan-Meier curve from 0 to <see cref="Tau"/>, i.e. the
/// expected event-free time within the horizon (not the same as the mean survival time, which the curve
/// usually cannot estimate). Built by <see cref="RestrictedMean"/>.
/// </summary>
/// <param name="Tau">The horizon.</param>
/// <param name="Estimate">The restricted mean (R's <c>rmean</c>).</param>
/// <param name="StdErr">Its standard error (R's <c>se(rmean)</c>).</param>
/// <param name="Lower">Lower limit of the Wald interval Estimate - c SE.</param>
/// <param name="Upper">Upper limit of the Wald interval Estimate + c SE.</param>
/// <param name="ConfidenceLevel">Level of the interval.</param>
/// <param name="Critical">The c used: qnorm(1 - (1 - level) / 2), or SPSS's literal 1.96.</param>
public sealed record RestrictedMeanEstimate(
    double Tau,
    double Estimate,
    double StdErr,
    double Lower,
    double Upper,
    double ConfidenceLevel,
    double Critical);
