using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Survival;

/// <summary>The Kaplan-Meier (product-limit) estimator for right-censored data.</summary>
public static class KaplanMeier
{
    /// <summary>
    /// Fits one Kaplan-Meier curve, as R's <c>survfit(Surv(time, status) ~ 1, conf.type, conf.int)</c>
    /// (timefix = TRUE: times closer than sqrt(eps) are merged first, as R does). Fit each group separately.
    /// Cost: one radix sort and single passes, O(n).
    /// </summary>
    /// <param name="time">Follow-up times, finite and &gt;= 0, any unit.</param>
    /// <param name="status">true = event, false = censored.</param>
    /// <param name="options">Interval type and level, median rule; <see cref="KaplanMeierOptions.Default"/> if null.</param>
    /// <exception cref="ArgumentException">Empty input, lengths differ, or a time is NaN, infinite or negative.</exception>
    public static KaplanMeierFit Fit(IReadOnlyList<double> time, IReadOnlyList<bool> status, KaplanMeierOptions? options = null)
    {
        SurvivalInput.Check(time, status, nameof(time), nameof(status));
        options ??= KaplanMeierOptions.Default;
        Preconditions.CheckProbability(options.ConfidenceLevel, nameof(options));
        var (t, s) = SurvivalInput.SortByTime(time, status, nameof(time));
        return FitSorted(t, s, options);
    }

    /// <summary>The estimator on times already sorted and tie-fixed.</summary>
    internal static KaplanMeierFit FitSorted(double[] t, byte[] s, KaplanMeierOptions options)
    {
        var n = t.Length;
        var k = 1;
        for (var i = 1; i < n; i++)
            if (t[i] != t[i - 1]) k++;

        var times = new double[k];
        var nRisk = new int[k];
        var nEvent = new int[k];
        var nCensor = new int[k];
        var row = -1;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || t[i] != t[i - 1])
            {
                row++;
                times[row] = t[i];
                nRisk[row] = n - i;
            }
            nEvent[row] += s[i];
            nCensor[row] += 1 - s[i];
        }

        var surv = new double[k];
        var stdErr = new double[k];
        var lower = new double[k];
        var upper = new double[k];
        var z = NormalDistribution.TwoSidedCritical(options.ConfidenceLevel);
        double km = 1, greenwood = 0;
        for (var i = 0; i < k; i++)
        {
            double d = nEvent[i], r = nRisk[i];
            if (d > 0)
            {
                // survfitkm.c: km *= (n - d) / n; Greenwood adds d / (n (n - d)), infinite once everyone has died
                km *= (r - d) / r;
                greenwood += d / (r * (r - d));
            }
            surv[i] = km;
            var seLog = Math.Sqrt(greenwood);
            var se = km * seLog;
            stdErr[i] = double.IsFinite(se) ? se : double.NaN;
            (lower[i], upper[i]) = Interval(km, seLog, z, options.ConfidenceIntervalType);
        }
        return new KaplanMeierFit(times, nRisk, nEvent, nCensor, surv, stdErr, lower, upper, n, options);
    }

    /// <summary>
    /// survival's <c>survfit_confint</c> with se = SE(-log S); NaN where R gives NA or NaN.
    /// </summary>
    private static (double Lower, double Upper) Interval(double p, double se, double z, ConfidenceIntervalType type)
    {
        switch (type)
        {
            case ConfidenceIntervalType.Plain:
            {
                var half = se * p * z;
                if (!double.IsFinite(half)) return (double.NaN, double.NaN);
                return (Math.Max(p - half, 0), Math.Min(p + half, 1));
            }
            case ConfidenceIntervalType.Log:
            {
                if (p == 0) return (double.NaN, double.NaN);
                var half = z * se;
                return (Math.Exp(Math.Log(p) - half), Math.Min(Math.Exp(Math.Log(p) + half), 1));
            }
            case ConfidenceIntervalType.LogLog:
            {
                if (p == 0 || p == 1) return (double.NaN, double.NaN);
                var half = z * se / Math.Log(p);
                var loglog = Math.Log(-Math.Log(p));
                return (Math.Exp(-Math.Exp(loglog - half)), Math.Exp(-Math.Exp(loglog + half)));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown confidence interval type.");
        }
    }
}
