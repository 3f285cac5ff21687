using FsCheck.Xunit;
using HccReport.Statistics.Survival;

namespace HccReport.Statistics.Tests.Properties;

/// <summary>
/// Kaplan-Meier invariants on random data, for each interval transform: the estimate is a survival probability that
/// never rises, and each confidence interval is a sub-interval of [0, 1] that holds the estimate (R's survfit
/// clips the plain interval to [0, 1] the same way).
/// </summary>
public class KaplanMeierProperties
{
    private const double Rounding = 1e-12;

    [Property(Arbitrary = [typeof(SampleArbitraries)], MaxTest = 100, EndSize = 40)]
    public bool SurvivalLiesInZeroOneAndNeverIncreases(SurvivalSample sample)
    {
        var fit = KaplanMeier.Fit(sample.Time, sample.Status);
        var s = fit.Survival;
        var previous = 1.0;
        for (var i = 0; i < s.Count; i++)
        {
            if (s[i] is < 0 or > 1 || s[i] > previous + Rounding) return false;
            previous = s[i];
        }
        // Times ascend, and at risk never grows.
        return fit.Time.Zip(fit.Time.Skip(1)).All(p => p.First < p.Second)
            && fit.NRisk.Zip(fit.NRisk.Skip(1)).All(p => p.First >= p.Second);
    }

    [Property(Arbitrary = [typeof(SampleArbitraries)], MaxTest = 100, EndSize = 40)]
    public bool EveryIntervalHoldsTheEstimateWithinZeroOne(SurvivalSample sample)
    {
        foreach (var type in new[] { ConfidenceIntervalType.Log, ConfidenceIntervalType.LogLog, ConfidenceIntervalType.Plain })
        {
            var fit = KaplanMeier.Fit(sample.Time, sample.Status, new KaplanMeierOptions { ConfidenceIntervalType = type });
            for (var i = 0; i < fit.Survival.Count; i++)
            {
                var (lower, upper, s) = (fit.Lower[i], fit.Upper[i], fit.Survival[i]);
                if (lower is null || upper is null) continue; // R gives NA where the estimate is 0 (log scales)
                if (lower < -Rounding || upper > 1 + Rounding) return false;
                if (lower > s + Rounding || upper < s - Rounding) return false;
            }
        }
        return true;
    }

    [Property(Arbitrary = [typeof(SampleArbitraries)], MaxTest = 100, EndSize = 40)]
    public bool TheCurveDoesNotDependOnRowOrder(SurvivalSample sample)
    {
        var a = KaplanMeier.Fit(sample.Time, sample.Status);
        var b = KaplanMeier.Fit(sample.Shuffled(sample.Time), sample.Shuffled(sample.Status));
        return a.Time.SequenceEqual(b.Time)
            && a.Survival.Zip(b.Survival).All(p => Close.Enough(p.First, p.Second, Rounding))
            && a.Lower.Zip(b.Lower).All(p => Close.Enough(p.First, p.Second, 1e-10))
            && Close.Enough(a.Median.Estimate, b.Median.Estimate, Rounding);
    }
}
