using System.Text.Json.Nodes;
using HccReport.Statistics.Regression;
using HccReport.Statistics.Selection;
using HccReport.Statistics.Tests.Reference;
using HccReport.Statistics.Tests.Regression;

namespace HccReport.Statistics.Tests.Selection;

/// <summary>
/// Selection with the logistic model against R run by hand (tests/reference/logistic.R,
/// expected/logistic_selection.json): every add1(test = "Rao") score and drop1(test = "LRT") statistic of a
/// forward stepwise run, backward elimination by LR and by Wald, univariate screening and the conditional statistic.
/// </summary>
public class LogisticSelectionMatchesR
{
    private static readonly string[] Columns = ["x1", "x2", "x3", "noise1", "noise2", "stageB", "stageC"];

    private static readonly SelectionCandidate[] Candidates =
    [
        new() { Name = "x1", Columns = [0] },
        new() { Name = "x2", Columns = [1] },
        new() { Name = "x3", Columns = [2] },
        new() { Name = "noise1", Columns = [3] },
        new() { Name = "noise2", Columns = [4] },
        new() { Name = "stage", Columns = [5, 6] },
    ];

    private static JsonNode Fixture => ReferenceFixture.Expected("logistic_selection");

    private static LogisticSelectableModel Model()
    {
        var (y, x) = LogisticData.Design("selection", "y", Columns);
        return new LogisticSelectableModel(y, x);
    }

    [Fact]
    public void ForwardStepwiseMatchesRAddOneDropOneByHand()
    {
        var outcome = StepwiseSelection.Run(Model(), Candidates, new SelectionOptions
        {
            Method = SelectionMethod.Stepwise, EntryTest = SelectionTest.Score, RemovalTest = SelectionTest.LikelihoodRatio,
        });
        var rSteps = Fixture["stepwise"]!["steps"]!.AsArray();
        var actions = rSteps.Where(s => s!["action"]!.GetValue<string>() != "stop").ToArray();

        Assert.Equal(actions.Length, outcome.Steps.Count);
        for (var k = 0; k < actions.Length; k++)
        {
            var r = actions[k]!;
            var step = outcome.Steps[k];
            Assert.Equal(r["action"]!.GetValue<string>() == "entered" ? SelectionAction.Entered : SelectionAction.Removed, step.Action);
            Assert.Equal(r["variable"]!.GetValue<string>(), step.Variable);
            CompareTable(r["table"]!, step.Evaluated, $"step {k + 1}");
        }
        CompareTable(rSteps.Last()!["table"]!, outcome.NotSelected, "final entry table");
        Assert.Equal(SelectionStopReason.NoVariableQualifies, outcome.StopReason);
        Assert.Equal(["x2", "x3", "stage"], outcome.Selected.Select(c => c.Name));
        Assert.Equal(["x3", "x2", "stage"], JsonValues.Strings(Fixture["stepwise"]!["selected"]));
        AssertR.Close(JsonValues.Required(Fixture["stepwise"]!["final_loglik"], "loglik"), outcome.FinalFit.LogLikelihood, "final log-likelihood");
        Assert.Equal(["x1", "x2", "x3"], outcome.Steps[2].Model); // candidate order, after x2 entered
        Assert.Equal(["x2", "x3"], outcome.Steps[3].Model);       // after x1 left
    }

    [Theory]
    [InlineData(SelectionTest.LikelihoodRatio, "backward_lr")]
    [InlineData(SelectionTest.Wald, "backward_wald")]
    public void BackwardEliminationMatchesR(SelectionTest removal, string section)
    {
        var outcome = StepwiseSelection.Run(Model(), Candidates, new SelectionOptions { Method = SelectionMethod.Backward, RemovalTest = removal });
        var rSteps = Fixture[section]!["steps"]!.AsArray();
        Assert.Equal(rSteps.Count, outcome.Steps.Count);
        for (var k = 0; k < rSteps.Count; k++)
        {
            Assert.Equal(SelectionAction.Removed, outcome.Steps[k].Action);
            Assert.Equal(rSteps[k]!["variable"]!.GetValue<string>(), outcome.Steps[k].Variable);
            CompareTable(rSteps[k]!["table"]!, outcome.Steps[k].Evaluated, $"{section} step {k + 1}");
        }
        Assert.Equal(JsonValues.Strings(Fixture[section]!["selected"]).Order(), outcome.Selected.Select(c => c.Name).Order());
    }

    [Theory]
    [InlineData(SelectionTest.Wald, "wald")]
    [InlineData(SelectionTest.LikelihoodRatio, "lr")]
    [InlineData(SelectionTest.Score, "score")]
    public void UnivariateScreeningMatchesR(SelectionTest test, string section)
    {
        var outcome = StepwiseSelection.Run(Model(), Candidates, new SelectionOptions { ScreeningP = 0.05, ScreeningTest = test });
        CompareTable(Fixture["screening"]![section]!, outcome.Screening, $"screening {section}");
        var passed = outcome.Screening.Where(s => s.P <= 0.05).Select(s => s.Variable).ToArray();
        Assert.Equal(passed, outcome.Screened);
        Assert.Equal(passed, outcome.Selected.Select(c => c.Name));
        Assert.Equal(SelectionStopReason.AllEntered, outcome.StopReason);
        Assert.Empty(outcome.Steps);
    }

    [Fact]
    public void ConditionalStatisticMatchesLawlessSinghalComputedInR()
    {
        var model = Model();
        var full = model.Fit([0, 1, 2, 3, 4, 5, 6]);
        foreach (var r in Fixture["full_conditional"]!.AsArray())
        {
            var name = r!["variable"]!.GetValue<string>();
            var candidate = Candidates.Single(c => c.Name == name);
            AssertR.Close(JsonValues.Required(r["statistic"], "stat"), model.ConditionalStatistic(full, candidate.Columns), $"conditional {name}");
        }
    }

    [Fact]
    public void StepwiseWithConditionalRemovalRuns()
    {
        // The conditional statistic approximates the LR one (full model: x1 1.3336 vs 1.3324), so the
        // FSTEP(COND) run takes the same steps as FSTEP(LR) here.
        var cond = StepwiseSelection.Run(Model(), Candidates, new SelectionOptions { Method = SelectionMethod.Stepwise, RemovalTest = SelectionTest.Conditional });
        Assert.Equal(["x1", "x3", "x2", "x1", "stage"], cond.Steps.Select(s => s.Variable));
        Assert.Equal(SelectionAction.Removed, cond.Steps[3].Action);
        Assert.Equal(SelectionTest.Conditional, cond.Steps[3].Decision.Test);
    }

    private static void CompareTable(JsonNode r, IReadOnlyList<SelectionTestResult> ours, string what)
    {
        var rows = r.AsArray();
        Assert.Equal(rows.Count, ours.Count);
        foreach (var row in rows)
        {
            var name = row!["variable"]!.GetValue<string>();
            var mine = ours.Single(o => o.Variable == name);
            AssertR.Close(JsonValues.Required(row["statistic"], "statistic"), mine.Statistic, $"{what} {name} statistic");
            Assert.Equal((int)JsonValues.Required(row["df"], "df"), mine.DegreesOfFreedom);
            AssertRLists.Relative(JsonValues.Required(row["p"], "p"), mine.P, $"{what} {name} p");
        }
    }
}
