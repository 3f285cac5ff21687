using HccReport.Statistics.Survival;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>
/// Log-rank family against tests/reference/expected/survival_logrank.json (tests/reference/survival.R):
/// <c>survdiff(Surv(time, status) ~ group [+ strata(s)], rho)</c> for chisq, df, p, obs, exp and var, and
/// survMisc 0.5.6 <c>comp(ten(...))</c> weights "n" and "sqrtN" for SPSS's Breslow and Tarone-Ware.
/// Relative tolerance 1e-6.
/// </summary>
public class LogRankMatchesRTests
{
    public static TheoryData<string> Tests() => SurvivalFixture.TestNames();

    [Theory]
    [MemberData(nameof(Tests))]
    public void LogRankMatchesR(string name)
    {
        var c = SurvivalFixture.Test(name);
        var source = (string)c["source"]!;
        var time = ReferenceFixture.Column(source, (string)c["time_column"]!);
        var status = ReferenceFixture.Column(source, (string)c["status_column"]!).Select(s => s != 0).ToArray();
        var group = ReferenceFixture.TextColumn(source, (string)c["group_column"]!);
        var strataColumn = (string?)c["strata_column"];
        var strata = strataColumn is null ? null : ReferenceFixture.TextColumn(source, strataColumn);
        if (source == "survival_edge")
        {
            // the edge file holds several cases; keep this one's rows
            var cases = ReferenceFixture.TextColumn(source, "case");
            var caseName = name.EndsWith("_rho1", StringComparison.Ordinal) ? name[..^5] : name;
            var keep = Enumerable.Range(0, time.Length).Where(i => cases[i] == caseName).ToArray();
            time = keep.Select(i => time[i]).ToArray();
            status = keep.Select(i => status[i]).ToArray();
            group = keep.Select(i => group[i]).ToArray();
        }
        var weight = (string)c["weight"]! switch
        {
            "breslow" => LogRankWeight.Breslow,
            "tarone_ware" => LogRankWeight.TaroneWare,
            _ => LogRankWeight.FlemingHarrington((double)c["rho"]!),
        };

        var test = LogRank.Test(time, status, group, strata, weight);

        AssertR.Close((double)c["chisq"]!, test.ChiSquare, "chisq");
        Assert.Equal((int)c["df"]!, test.DegreesOfFreedom);
        AssertR.Close((double)c["p"]!, test.PValue!.Value, "p");
        if (c["groups"] is null) return; // survMisc cases carry the statistic only

        var labels = SurvivalFixture.Strings(c["groups"]);
        var n = SurvivalFixture.Doubles(c["n"]);
        var observed = SurvivalFixture.Doubles(c["observed"]);
        var expected = SurvivalFixture.Doubles(c["expected"]);
        var variance = c["variance"]!.AsArray().Select(row => SurvivalFixture.Doubles(row)).ToArray();
        Assert.Equal(labels.OrderBy(l => l, StringComparer.Ordinal), test.Groups);
        for (var i = 0; i < labels.Length; i++)
        {
            var k = IndexOf(test.Groups, labels[i]);
            Assert.Equal((int)n[i], test.N[k]);
            AssertR.Close(observed[i], test.Observed[k], $"obs[{labels[i]}]");
            AssertR.Close(expected[i], test.Expected[k], $"exp[{labels[i]}]");
            for (var j = 0; j < labels.Length; j++)
                AssertR.Close(variance[i][j], test.Variance[k][IndexOf(test.Groups, labels[j])], $"var[{labels[i]},{labels[j]}]");
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value) return i;
        throw new InvalidOperationException($"group {value} missing");
    }
}
