using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Survival;

/// <summary>Restricted mean survival time from a Kaplan-Meier curve, and the difference between two groups.</summary>
public static class RestrictedMean
{
    /// <summary>
    /// The restricted mean up to tau and its standard error as R's <c>print(fit, rmean = tau)</c> and
    /// <c>summary(fit, rmean = tau)$table[c("rmean", "se(rmean)")]</c>:
    /// mean = integral_0^tau S(u) du, Var = sum over rows t_i &lt;= tau of A_i^2 d_i / (n_i (n_i - d_i)), where
    /// A_i = integral_{t_i}^tau S(u) du and a row with n_i = d_i contributes 0 (no D/(D - 1) factor).
    /// Beyond the last time the curve is carried at its last value. The Wald interval (not printed by R) uses
    /// qnorm at the fit's confidence level.
    /// </summary>
    /// <param name="fit">The Kaplan-Meier curve.</param>
    /// <param name="tau">The horizon, finite and &gt; 0.</param>
    public static RestrictedMeanEstimate Compute(KaplanMeierFit fit, double tau)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!(tau > 0) || double.IsPositiveInfinity(tau))
            throw new ArgumentOutOfRangeException(nameof(tau), tau, "Expected a finite horizon > 0.");
        return Build(fit, tau, NormalDistribution.TwoSidedCritical(fit.ConfidenceLevel));
    }

    /// <summary>
    /// SPSS KM's "Mean" (see docs/survival-methods.md): the restricted mean up to the curve's own largest
    /// observed time, event or censored (R's <c>print(fit, rmean = "individual")</c>), the same standard error
    /// as <see cref="Compute"/>, and the interval mean -/+ 1.96 SE with SPSS's literal 1.96 at the 95 % level
    /// (the exact normal quantile at other levels).
    /// </summary>
    public static RestrictedMeanEstimate ComputeSpss(KaplanMeierFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var critical = fit.ConfidenceLevel == 0.95 ? 1.96 : NormalDistribution.TwoSidedCritical(fit.ConfidenceLevel);
        return Build(fit, fit.TimeArray[^1], critical);
    }

    /// <summary>
    /// first - second at a common horizon, SE sqrt(se1^2 + se2^2), Wald interval at the given level and
    /// two-sided p value 2 pnorm(-|z|). The groups must be independent.
    /// </summary>
    /// <exception cref="ArgumentException">The horizons differ.</exception>
    public static RestrictedMeanDifference Difference(RestrictedMeanEstimate first, RestrictedMeanEstimate second, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        Preconditions.CheckProbability(confidenceLevel, nameof(confidenceLevel));
        if (first.Tau != second.Tau)
            throw new ArgumentException($"Both restricted means need the same horizon; got {first.Tau} and {second.Tau}.", nameof(second));
        var estimate = first.Estimate - second.Estimate;
        var se = Math.Sqrt(first.StdErr * first.StdErr + second.StdErr * second.StdErr);
        var z = NormalDistribution.TwoSidedCritical(confidenceLevel);
        double? zStat = se > 0 ? estimate / se : null;
        double? p = zStat is { } zz ? NormalDistribution.TwoSidedP(zz) : null;
        return new RestrictedMeanDifference(first.Tau, estimate, se, estimate - z * se, estimate + z * se, zStat, p, confidenceLevel);
    }

    /// <summary>survival's internal <c>survmean</c>, rectangles under the step curve from start time 0.</summary>
    private static RestrictedMeanEstimate Build(KaplanMeierFit fit, double tau, double critical)
    {
        var time = fit.TimeArray;
        var surv = fit.SurvivalArray;
        var nRisk = fit.NRiskArray;
        var nEvent = fit.NEventArray;
        var m = 0;
        while (m < time.Length && time[m] <= tau) m++;

        // rectangles: [0, t_0) at height 1, then [t_{j-1}, t_j) at S(t_{j-1}), the last one ending at tau
        var mean = m == 0 ? tau : time[0];
        for (var j = 1; j <= m; j++)
        {
            var right = j < m ? time[j] : tau;
            mean += (right - time[j - 1]) * surv[j - 1];
        }

        // A_i = area from t_i to tau, accumulated from the right
        double variance = 0, area = 0;
        for (var i = m - 1; i >= 0; i--)
        {
            var right = i + 1 < m ? time[i + 1] : tau;
            area += (right - time[i]) * surv[i];
            double r = nRisk[i], d = nEvent[i];
            var h = r - d == 0 ? 0 : d / (r * (r - d));
            variance += area * area * h;
        }
        var se = Math.Sqrt(variance);
        return new RestrictedMeanEstimate(tau, mean, se, mean - critical * se, mean + critical * se, fit.ConfidenceLevel, critical);
    }
}
