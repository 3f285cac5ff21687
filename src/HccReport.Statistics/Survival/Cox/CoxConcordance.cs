namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Harrell's concordance of a Cox model's linear predictor with the observed times, as R's
/// <c>coxph</c> reports it in <c>fit$concordance</c> (<c>survival::concordancefit(..., reverse = TRUE)</c>).
/// </summary>
/// <remarks>
/// <para>
/// A pair is comparable when the shorter time is an event and the longer one is still at risk then (a later
/// time, or a censoring at the same time), within a stratum. It is concordant when the event has the higher
/// risk score η = x'β. C = (concordant + tied on η / 2) / (concordant + discordant + tied on η).
/// Pairs of events at the same time (tied on time) do not count.
/// </para>
/// <para>
/// The standard error is R's infinitesimal-jackknife one, sqrt(Σ_i dfbeta_i²), with
/// dfbeta_i = ((c_i − d_i) − (c_i + d_i + t_i) · somers) / (2 npair), where c_i, d_i and t_i count the
/// concordant, discordant and tied-on-η comparable pairs observation i belongs to and somers = 2C − 1
/// (R's <c>sqrt(fit$concordance["std"]^2)</c>, not the older <c>cvar</c> formula).
/// </para>
/// </remarks>
public sealed record CoxConcordance
{
    /// <summary>C, or null when there is no comparable pair.</summary>
    public required double? Value { get; init; }

    /// <summary>Standard error of C, or null when there is no comparable pair.</summary>
    public required double? StdErr { get; init; }

    /// <summary>Comparable pairs in which the event has the higher risk score.</summary>
    public required long Concordant { get; init; }

    /// <summary>Comparable pairs in which the event has the lower risk score.</summary>
    public required long Discordant { get; init; }

    /// <summary>Comparable pairs with equal risk scores (R's <c>tied.x</c>).</summary>
    public required long TiedRisk { get; init; }

    /// <summary>Pairs of events at the same time with different risk scores (R's <c>tied.y</c>); not comparable.</summary>
    public required long TiedTime { get; init; }

    /// <summary>Pairs of events at the same time with equal risk scores (R's <c>tied.xy</c>); not comparable.</summary>
    public required long TiedRiskAndTime { get; init; }
}
