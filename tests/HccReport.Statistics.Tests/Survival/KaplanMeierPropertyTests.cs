using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HccReport.Statistics.Survival;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>
/// Properties on random data with many ties (integer times 0..20): the curve and its lookups agree with
/// brute-force counts over the raw rows, whatever the input order.
/// </summary>
public class KaplanMeierPropertyTests
{
    private static (double[] Time, bool[] Status) Data(int[] raw)
    {
        var time = raw.Select(r => (double)(Math.Abs(r) % 21)).ToArray();
        var status = raw.Select(r => r % 3 != 0).ToArray();
        return (time, status);
    }

    [Property(MaxTest = 200)]
    public Property CountsAndSurvivalMatchBruteForce(NonEmptyArray<int> raw)
    {
        var (time, status) = Data(raw.Get);
        var fit = KaplanMeier.Fit(time, status);
        var ok = true;
        double s = 1;
        for (var i = 0; i < fit.Time.Count; i++)
        {
            var t = fit.Time[i];
            var atRisk = time.Count(x => x >= t);
            var deaths = Enumerable.Range(0, time.Length).Count(j => time[j] == t && status[j]);
            s *= 1 - (double)deaths / atRisk;
            ok &= fit.NRisk[i] == atRisk && fit.NEvent[i] == deaths && Math.Abs(fit.Survival[i] - s) < 1e-12;
        }
        return (ok && fit.Time.Count == time.Distinct().Count()).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property RiskTableMatchesBruteForceAtAnyTime(NonEmptyArray<int> raw, NonNegativeInt at)
    {
        var (time, status) = Data(raw.Get);
        var t = at.Get % 25 + 0.5 * (at.Get % 2);
        var table = KaplanMeier.Fit(time, status).RiskAt([t]);
        var events = Enumerable.Range(0, time.Length).Count(j => time[j] <= t && status[j]);
        var censored = Enumerable.Range(0, time.Length).Count(j => time[j] <= t && !status[j]);
        return (table.NRisk[0] == time.Count(x => x >= t)
                && table.CumulativeEvents[0] == events
                && table.CumulativeCensored[0] == censored).ToProperty();
    }

    [Property(MaxTest = 100)]
    public Property InputOrderDoesNotMatter(NonEmptyArray<int> raw)
    {
        var (time, status) = Data(raw.Get);
        var order = Enumerable.Range(0, time.Length).Reverse().ToArray();
        var a = KaplanMeier.Fit(time, status);
        var b = KaplanMeier.Fit(order.Select(i => time[i]).ToArray(), order.Select(i => status[i]).ToArray());
        return (a.Survival.SequenceEqual(b.Survival) && a.Median == b.Median).ToProperty();
    }
}
