using System.Text.Json.Nodes;
using HccReport.Statistics.Survival;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>
/// Kaplan-Meier outputs against tests/reference/expected/survival_km.json, written by tests/reference/survival.R
/// with R 4.2.2 and survival 3.5-3: for each curve <c>fit &lt;- survfit(Surv(time, status) ~ 1, conf.type, conf.int)</c>
/// on one group's rows, compared at relative 1e-6 (absolute 1e-9 near 0).
/// </summary>
public class KaplanMeierMatchesRTests
{
    public static TheoryData<string> Curves() => SurvivalFixture.CurveNames();

    private static (JsonNode Case, KaplanMeierFit Fit) Load(string name, JsonNode? conf = null)
    {
        var c = SurvivalFixture.Curve(name);
        var (time, status) = SurvivalFixture.Rows(c);
        var options = conf is null ? KaplanMeierOptions.Default : Options(conf);
        return (c, KaplanMeier.Fit(time, status, options));
    }

    private static KaplanMeierOptions Options(JsonNode conf) => new()
    {
        ConfidenceLevel = (double)conf["level"]!,
        ConfidenceIntervalType = (string)conf["type"]! switch
        {
            "log" => ConfidenceIntervalType.Log,
            "log-log" => ConfidenceIntervalType.LogLog,
            "plain" => ConfidenceIntervalType.Plain,
            var other => throw new InvalidOperationException(other),
        },
    };

    private static IEnumerable<(JsonNode Conf, string Label)> Confs(JsonNode c) =>
        c["conf"]!.AsArray().Select(x => (x!, $"{(string)x!["type"]!} {(double)x["level"]!}"));

    /// <summary>fit$time, n.risk, n.event, n.censor, surv; summary(fit, censored = TRUE)$std.err.</summary>
    [Theory]
    [MemberData(nameof(Curves))]
    public void CurveMatchesR(string name)
    {
        var (c, fit) = Load(name);
        Assert.Equal((int)c["n"]!, fit.N);
        Assert.Equal((int)c["events"]!, fit.Events);
        AssertR.Close(SurvivalFixture.Doubles(c["time"]), fit.Time, "time");
        AssertR.Close(SurvivalFixture.Doubles(c["n_risk"]), fit.NRisk.Select(v => (double)v).ToArray(), "n.risk");
        AssertR.Close(SurvivalFixture.Doubles(c["n_event"]), fit.NEvent.Select(v => (double)v).ToArray(), "n.event");
        AssertR.Close(SurvivalFixture.Doubles(c["n_censor"]), fit.NCensor.Select(v => (double)v).ToArray(), "n.censor");
        AssertR.Close(SurvivalFixture.Doubles(c["surv"]), fit.Survival, "surv");
        CloseAll(SurvivalFixture.Values(c["std_err"]), fit.StdErr, "std.err");
    }

    /// <summary>fit$lower, fit$upper for each conf.type and conf.int.</summary>
    [Theory]
    [MemberData(nameof(Curves))]
    public void PointwiseIntervalsMatchR(string name)
    {
        foreach (var (conf, label) in Confs(SurvivalFixture.Curve(name)))
        {
            var (_, fit) = Load(name, conf);
            CloseAll(SurvivalFixture.Values(conf["lower"]), fit.Lower, $"{label} lower");
            CloseAll(SurvivalFixture.Values(conf["upper"]), fit.Upper, $"{label} upper");
        }
    }

    /// <summary>summary(fit)$table[c("median", "0.95LCL", "0.95UCL")], as print(fit) shows them.</summary>
    [Theory]
    [MemberData(nameof(Curves))]
    public void MedianMatchesR(string name)
    {
        foreach (var (conf, label) in Confs(SurvivalFixture.Curve(name)))
        {
            var (_, fit) = Load(name, conf);
            AssertR.Close(SurvivalFixture.Value(conf["median"]), fit.Median.Estimate, $"{label} median");
            AssertR.Close(SurvivalFixture.Value(conf["median_lower"]), fit.Median.Lower, $"{label} median LCL");
            AssertR.Close(SurvivalFixture.Value(conf["median_upper"]), fit.Median.Upper, $"{label} median UCL");
        }
    }

    /// <summary>quantile(fit, probs = c(0.1, 0.25, 0.5, 0.75, 0.9)): quantile, lower, upper.</summary>
    [Theory]
    [MemberData(nameof(Curves))]
    public void QuantilesMatchR(string name)
    {
        foreach (var (conf, label) in Confs(SurvivalFixture.Curve(name)))
        {
            var (_, fit) = Load(name, conf);
            var probs = SurvivalFixture.Doubles(conf["probs"]);
            var estimate = SurvivalFixture.Values(conf["quantile"]);
            var lower = SurvivalFixture.Values(conf["quantile_lower"]);
            var upper = SurvivalFixture.Values(conf["quantile_upper"]);
            for (var i = 0; i < probs.Length; i++)
            {
                var q = fit.Quantile(probs[i]);
                AssertR.Close(estimate[i], q.Estimate, $"{label} quantile {probs[i]}");
                AssertR.Close(lower[i], q.Lower, $"{label} quantile {probs[i]} lower");
                AssertR.Close(upper[i], q.Upper, $"{label} quantile {probs[i]} upper");
            }
        }
    }

    /// <summary>summary(fit, times = t) one time at a time: surv, std.err, n.risk, lower, upper; null beyond the last time.</summary>
    [Theory]
    [MemberData(nameof(Curves))]
    public void LandmarksMatchR(string name)
    {
        var (c, fit) = Load(name);
        var landmark = c["landmark"]!;
        var times = SurvivalFixture.Doubles(landmark["times"]);
        var surv = SurvivalFixture.Values(landmark["surv"]);
        var se = SurvivalFixture.Values(landmark["std_err"]);
        var nRisk = SurvivalFixture.Values(landmark["n_risk"]);
        for (var i = 0; i < times.Length; i++)
        {
            var at = fit.SurvivalAt(times[i]);
            AssertR.Close(surv[i], at?.Survival, $"S({times[i]})");
            AssertR.Close(se[i], at?.StdErr, $"std.err({times[i]})");
            AssertR.Close(nRisk[i], at?.NRisk, $"n.risk({times[i]})");
        }
        foreach (var (conf, label) in Confs(c))
        {
            var (_, fitConf) = Load(name, conf);
            var lower = SurvivalFixture.Values(conf["landmark_lower"]);
            var upper = SurvivalFixture.Values(conf["landmark_upper"]);
            for (var i = 0; i < times.Length; i++)
            {
                var at = fitConf.SurvivalAt(times[i]);
                AssertR.Close(lower[i], at?.Lower, $"{label} lower({times[i]})");
                AssertR.Close(upper[i], at?.Upper, $"{label} upper({times[i]})");
            }
        }
    }

    /// <summary>summary(fit, times, extend = TRUE): n.risk, cumsum(n.event), cumsum(n.censor).</summary>
    [Theory]
    [MemberData(nameof(Curves))]
    public void RiskTableMatchesR(string name)
    {
        var (c, fit) = Load(name);
        var risk = c["risk"]!;
        var table = fit.RiskAt(SurvivalFixture.Doubles(risk["times"]));
        AssertR.Close(SurvivalFixture.Doubles(risk["n_risk"]), table.NRisk.Select(v => (double)v).ToArray(), "n.risk");
        AssertR.Close(SurvivalFixture.Doubles(risk["cumulative_events"]), table.CumulativeEvents.Select(v => (double)v).ToArray(), "events");
        AssertR.Close(SurvivalFixture.Doubles(risk["cumulative_censored"]), table.CumulativeCensored.Select(v => (double)v).ToArray(), "censored");
    }

    /// <summary>summary(fit, rmean = tau)$table[c("rmean", "se(rmean)")], and rmean = "individual" for SPSS's mean.</summary>
    [Theory]
    [MemberData(nameof(Curves))]
    public void RestrictedMeanMatchesR(string name)
    {
        var (c, fit) = Load(name);
        foreach (var r in c["rmean"]!.AsArray())
        {
            var tau = (double)r!["tau"]!;
            var mean = RestrictedMean.Compute(fit, tau);
            AssertR.Close((double)r["rmean"]!, mean.Estimate, $"rmean({tau})");
            AssertR.Close((double)r["se"]!, mean.StdErr, $"se(rmean)({tau})");
        }
        var individual = c["rmean_individual"]!;
        var spss = RestrictedMean.ComputeSpss(fit);
        AssertR.Close((double)individual["tau"]!, spss.Tau, "individual tau");
        AssertR.Close((double)individual["rmean"]!, spss.Estimate, "individual rmean");
        AssertR.Close((double)individual["se"]!, spss.StdErr, "individual se(rmean)");
    }

    /// <summary>summary(survfit(Surv(time, 1 - status) ~ 1))$table[c("median", "0.95LCL", "0.95UCL")].</summary>
    [Theory]
    [MemberData(nameof(Curves))]
    public void FollowUpMatchesR(string name)
    {
        var c = SurvivalFixture.Curve(name);
        var (time, status) = SurvivalFixture.Rows(c);
        var median = FollowUp.Median(time, status);
        var expected = c["followup"]!;
        AssertR.Close(SurvivalFixture.Value(expected["median"]), median.Estimate, "follow-up median");
        AssertR.Close(SurvivalFixture.Value(expected["lower"]), median.Lower, "follow-up lower");
        AssertR.Close(SurvivalFixture.Value(expected["upper"]), median.Upper, "follow-up upper");
    }

    private static void CloseAll(double?[] expected, IReadOnlyList<double?> actual, string what)
    {
        Assert.True(expected.Length == actual.Count, $"{what}: R has {expected.Length} values, we have {actual.Count}");
        for (var i = 0; i < expected.Length; i++) AssertR.Close(expected[i], actual[i], $"{what}[{i}]");
    }
}
