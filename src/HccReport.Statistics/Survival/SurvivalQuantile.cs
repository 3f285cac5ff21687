namespace HccReport.Statistics.Survival;

/// <summary>
/// A survival-time quantile: the time by which a fraction <see cref="Probability"/> of subjects have had the
/// event (p = 0.5 is the median survival; not to be confused with the median follow-up of <see cref="FollowUp"/>).
/// A value that the curve or its band never reaches is null, never 0.
/// </summary>
/// <param name="Probability">p, the fraction with the event (R's <c>probs</c>).</param>
/// <param name="Estimate">The quantile time, or null when the curve never falls to 1 - p.</param>
/// <param name="Lower">Lower confidence limit, or null when it does not exist.</param>
/// <param name="Upper">Upper confidence limit, or null when the band never falls to 1 - p ("not reached").</param>
/// <param name="StdErr">Standard error of the quantile; only <see cref="MedianMethod.SpssWald"/> has one.</param>
/// <param name="Method">The rule that produced the values.</param>
public sealed record SurvivalQuantile(
    double Probability,
    double? Estimate,
    double? Lower,
    double? Upper,
    double? StdErr,
    MedianMethod Method);
