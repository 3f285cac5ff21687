namespace HccReport.Statistics.Survival;

/// <summary>
/// Follow-up by the reverse Kaplan-Meier method (Schemper and Smith, 1996): the Kaplan-Meier estimator with the
/// status flipped, so that censoring is the "event". Its median is the median potential follow-up, which
/// unlike the median survival time (<see cref="KaplanMeierFit.Median"/>) describes how long patients were
/// observed, not how long they lived.
/// </summary>
public static class FollowUp
{
    /// <summary>
    /// The reverse Kaplan-Meier curve, as R's <c>survfit(Surv(time, 1 - status) ~ 1)</c>.
    /// </summary>
    /// <param name="time">Follow-up times, finite and &gt;= 0.</param>
    /// <param name="status">true = event (the event is treated as censoring of follow-up).</param>
    /// <param name="options">Interval type and level, median rule; R's defaults if null.</param>
    public static KaplanMeierFit ReverseKaplanMeier(IReadOnlyList<double> time, IReadOnlyList<bool> status, KaplanMeierOptions? options = null)
    {
        SurvivalInput.Check(time, status, nameof(time), nameof(status));
        var source = SurvivalInput.AsArray(status);
        var flipped = new bool[source.Length];
        for (var i = 0; i < flipped.Length; i++) flipped[i] = !source[i];
        return KaplanMeier.Fit(time, flipped, options);
    }

    /// <summary>
    /// Median follow-up with its interval, as the median, 0.95LCL and 0.95UCL of R's
    /// <c>print(survfit(Surv(time, 1 - status) ~ 1))</c>. Estimate null when fewer than half were censored.
    /// </summary>
    public static SurvivalQuantile Median(IReadOnlyList<double> time, IReadOnlyList<bool> status, KaplanMeierOptions? options = null) =>
        ReverseKaplanMeier(time, status, options).Median;
}
