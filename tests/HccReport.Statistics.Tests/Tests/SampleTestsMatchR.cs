using HccReport.Statistics.Tests;
using HccReport.Statistics.Tests.Reference;
using static HccReport.Statistics.Tests.Tests.TableFixtures;

namespace HccReport.Statistics.Tests.Tests;

/// <summary>
/// Wilcoxon rank-sum, Welch t, Kruskal-Wallis and one-way ANOVA against wilcox.test(exact = FALSE), t.test,
/// kruskal.test, oneway.test(var.equal = TRUE) and anova(lm) (tests/reference/tables.R).
/// </summary>
public class SampleTestsMatchR
{
    public static TheoryData<string> TwoSample => Names("tables_two_sample");

    public static TheoryData<string> KSample => Names("tables_k_sample");

    [Theory]
    [MemberData(nameof(TwoSample))]
    public void WilcoxonMatchesR(string name)
    {
        var r = Case("tables_two_sample", name);
        var x = Values(r["x"]);
        var y = Values(r["y"]);
        var corrected = WilcoxonRankSum.Test(x, y);
        var plain = WilcoxonRankSum.Test(x, y, correct: false);
        AssertR.Close(JsonValues.Required(r["wilcox_w"], "W"), corrected.W, $"{name} W");
        AssertRLists.Relative(JsonValues.Number(r["wilcox_p_correct"]), corrected.P, $"{name} p (correct = TRUE)");
        AssertRLists.Relative(JsonValues.Number(r["wilcox_p_uncorrected"]), plain.P, $"{name} p (correct = FALSE)");
    }

    [Theory]
    [MemberData(nameof(TwoSample))]
    public void WelchMatchesR(string name)
    {
        var r = Case("tables_two_sample", name);
        var x = Values(r["x"]);
        var y = Values(r["y"]);
        var t = WelchTTest.Test(x, y);
        AssertR.Close(JsonValues.Number(r["welch_t"]), t.T, $"{name} t");
        AssertR.Close(JsonValues.Number(r["welch_df"]), t.DegreesOfFreedom, $"{name} df");
        AssertRLists.Relative(JsonValues.Number(r["welch_p"]), t.P, $"{name} p");
        AssertR.Close(JsonValues.Number(r["welch_lower"]), t.Lower, $"{name} lower");
        AssertR.Close(JsonValues.Number(r["welch_upper"]), t.Upper, $"{name} upper");
        AssertR.Close(JsonValues.Required(r["welch_se"], "se"), t.StandardError, $"{name} stderr");
        AssertR.Close(JsonValues.Required(r["mean_x"], "mx"), t.MeanX, $"{name} mean x");
        var t90 = WelchTTest.Test(x, y, 0.90);
        AssertR.Close(JsonValues.Number(r["welch_lower90"]), t90.Lower, $"{name} 90% lower");
        AssertR.Close(JsonValues.Number(r["welch_upper90"]), t90.Upper, $"{name} 90% upper");
    }

    [Theory]
    [MemberData(nameof(KSample))]
    public void KruskalWallisMatchesR(string name)
    {
        var r = Case("tables_k_sample", name);
        var groups = Groups(r);
        var k = KruskalWallis.Test(groups);
        AssertR.Close(JsonValues.Number(r["kruskal_statistic"]), k.Statistic, $"{name} H");
        Assert.Equal((int)JsonValues.Required(r["kruskal_df"], "df"), k.DegreesOfFreedom);
        AssertRLists.Relative(JsonValues.Number(r["kruskal_p"]), k.P, $"{name} p");
    }

    [Theory]
    [MemberData(nameof(KSample))]
    public void OneWayAnovaMatchesR(string name)
    {
        var r = Case("tables_k_sample", name);
        var a = OneWayAnova.Test(Groups(r));
        AssertR.Close(JsonValues.Number(r["anova_f"]), a.F, $"{name} F");
        AssertR.Close(JsonValues.Number(r["lm_f"]), a.F, $"{name} F (anova(lm))");
        Assert.Equal((int)JsonValues.Required(r["anova_df1"], "df1"), a.DegreesOfFreedomBetween);
        Assert.Equal((int)JsonValues.Required(r["anova_df2"], "df2"), a.DegreesOfFreedomWithin);
        AssertRLists.Relative(JsonValues.Number(r["anova_p"]), a.P, $"{name} p");
        AssertR.Close(JsonValues.Required(r["lm_ss_between"], "ss"), a.SumOfSquaresBetween, $"{name} SS between");
        AssertR.Close(JsonValues.Required(r["lm_ss_within"], "ss"), a.SumOfSquaresWithin, $"{name} SS within");
    }

    [Fact]
    public void AllTiedSamplesHaveNoPValue()
    {
        var w = WilcoxonRankSum.Test([2, 2, 2], [2, 2]);
        Assert.Null(w.P);
        Assert.Equal(3.0, w.W); // ranks all 3: 9 - 6
        Assert.Null(KruskalWallis.Test([[1, 1], [1, 1, 1]]).Statistic);
        Assert.Null(WelchTTest.Test([1, 1], [3, 3]).T);
    }

    /// <summary>R's split() gives a named list (a JSON object); a plain list is an array.</summary>
    private static IReadOnlyList<double>[] Groups(System.Text.Json.Nodes.JsonNode r) => r["groups"] switch
    {
        System.Text.Json.Nodes.JsonObject o => o.Select(kv => (IReadOnlyList<double>)Values(kv.Value)).ToArray(),
        var a => a!.AsArray().Select(g => (IReadOnlyList<double>)Values(g)).ToArray(),
    };
}
