namespace HccReport.Statistics.Survival;

/// <summary>
/// The Kaplan-Meier estimate at one chosen time, as one row of R's <c>summary(fit, times = time)</c>.
/// Step semantics: the value at t includes the events at t.
/// </summary>
/// <param name="Time">The requested time.</param>
/// <param name="NRisk">Number at risk at the time: subjects whose time is &gt;= it (R's <c>n.risk</c>).</param>
/// <param name="Survival">S(time).</param>
/// <param name="StdErr">Greenwood standard error of S(time), or null where it does not exist (S = 0).</param>
/// <param name="Lower">Lower pointwise limit, or null where the interval type has none (see <see cref="ConfidenceIntervalType"/>).</param>
/// <param name="Upper">Upper pointwise limit, or null where the interval type has none.</param>
public sealed record SurvivalEstimate(
    double Time,
    int NRisk,
    double Survival,
    double? StdErr,
    double? Lower,
    double? Upper);
