using HccReport.Statistics.Regression;
using HccReport.Statistics.Selection;
using HccReport.Statistics.Tests.Reference;
using HccReport.Statistics.Tests.Regression;

namespace HccReport.Statistics.Tests.Selection;

/// <summary>
/// The SPSS-convention score statistic against SPSS 31's "Variables not in the Equation" at step 0
/// (expected/logistic_spss.json): U_S' (I_SS - I_SM I_MM^-1 I_MS)^-1 U_S at SPSS's constant-only iterate.
/// </summary>
public class SpssScoreStatisticTests
{
    [Theory]
    [InlineData("age", new[] { 0 })]
    [InlineData("sex1", new[] { 1 })]
    [InlineData("ph_ecog", new[] { 2, 3 })]
    [InlineData("ph_ecog1", new[] { 2 })]
    [InlineData("ph_ecog2", new[] { 3 })]
    [InlineData("overall", new[] { 0, 1, 2, 3 })]
    public void StepZeroScoreMatchesSpss(string name, int[] columns)
    {
        var spss = ReferenceFixture.Expected("logistic_spss")["spss"]!["step0_score"]![name]!;
        var (y, x) = LogisticData.Design("spss_validation", "status", ["age", "sex1", "ph_ecog1", "ph_ecog2"]);
        var model = new LogisticSelectableModel(y, x, LogisticOptions.Spss);
        var score = model.ScoreStatistic(model.Fit([]), columns);
        AssertR.Close(JsonValues.Required(spss["score"], "score"), score, $"SPSS score {name}");
        Assert.Equal((int)JsonValues.Required(spss["df"], "df"), columns.Length);
        AssertR.Close(JsonValues.Required(spss["sig"], "sig"), Distributions.ChiSquareDistribution.UpperTail(score, columns.Length), $"SPSS Sig. {name}");
    }

    [Fact]
    public void RConventionScoreIsAddOneRaoNotSpss()
    {
        // Three numbers for one statistic: SPSS 4.189091250401 (at its step-0 iterate), R's add1 Rao
        // 4.18909446496 (glm's working weights), and Pearson's chi-square 4.18909090909 (the exact null
        // estimate). Each convention reproduces its own program.
        var fixture = ReferenceFixture.Expected("logistic_spss");
        var rao = fixture["r_step0_rao"]!;
        var (y, x) = LogisticData.Design("spss_validation", "status", ["age", "sex1", "ph_ecog1", "ph_ecog2"]);
        var r = new LogisticSelectableModel(y, x);
        var nullFit = r.Fit([]);
        AssertR.Close(JsonValues.Required(rao["sex1"], "sex1"), r.ScoreStatistic(nullFit, [1]), "add1 Rao sex1");
        AssertR.Close(JsonValues.Required(rao["age"], "age"), r.ScoreStatistic(nullFit, [0]), "add1 Rao age");
        var spss = JsonValues.Required(fixture["spss"]!["step0_score"]!["sex1"]!["score"], "spss");
        Assert.True(Math.Abs(r.ScoreStatistic(nullFit, [1]) - spss) > 5e-7 * spss); // the seventh digit differs
        Assert.True(Math.Abs(JsonValues.Required(rao["pearson_sex1"], "pearson") - spss) < 1e-6);
    }
}
