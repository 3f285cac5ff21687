using HccReport.Statistics.Regression;
using HccReport.Statistics.Selection;
using HccReport.Statistics.Tests.Regression;

namespace HccReport.Statistics.Tests.Selection;

/// <summary>The generic procedure: cycling guard, method variants and argument checks, on a scripted model and on real data.</summary>
public class StepwiseSelectionTests
{
    /// <summary>
    /// A model whose statistics are written down: candidate A has score 10 against the empty model (p = 0.0016,
    /// enters) but its likelihood ratio is only 0.5 (p = 0.48, leaves). Score and LR disagree, as they can
    /// on real data near the thresholds, and the procedure would cycle for ever without SPSS's repeated-model rule.
    /// </summary>
    private sealed class ScriptedModel : ISelectableModel
    {
        public int ColumnCount => 2;

        public SelectionFit Fit(IReadOnlyList<int> columns) => new()
        {
            Columns = columns.ToArray(),
            LogLikelihood = columns.Contains(0) ? -99.75 : -100.0,
            Coefficients = columns.Select(_ => 0.1).ToArray(),
            Covariance = new double[columns.Count, columns.Count],
            Converged = true,
        };

        public double ScoreStatistic(SelectionFit current, IReadOnlyList<int> candidateColumns) =>
            candidateColumns.Contains(0) ? 10.0 : 0.01;
    }

    private static readonly SelectionCandidate[] Scripted =
    [
        new() { Name = "A", Columns = [0] },
        new() { Name = "B", Columns = [1] },
    ];

    [Fact]
    public void RepeatedModelStopsTheProcedure()
    {
        var outcome = StepwiseSelection.Run(new ScriptedModel(), Scripted, new SelectionOptions { Method = SelectionMethod.Stepwise });
        Assert.Equal(SelectionStopReason.ModelRepeated, outcome.StopReason);
        Assert.Equal([SelectionAction.Entered, SelectionAction.Removed], outcome.Steps.Select(s => s.Action));
        Assert.All(outcome.Steps, s => Assert.Equal("A", s.Variable));
        Assert.Equal(10.0, outcome.Steps[0].Decision.Statistic);
        Assert.Equal(0.5, outcome.Steps[1].Decision.Statistic, 12);
        Assert.Empty(outcome.Selected);
    }

    [Fact]
    public void StepLimitIsHonoured()
    {
        var outcome = StepwiseSelection.Run(new ScriptedModel(), Scripted, new SelectionOptions { Method = SelectionMethod.Stepwise, MaxSteps = 1 });
        Assert.Equal(SelectionStopReason.StepLimit, outcome.StopReason);
        Assert.Single(outcome.Steps);
    }

    [Fact]
    public void NothingPassingScreeningLeavesTheNullModel()
    {
        var outcome = StepwiseSelection.Run(new ScriptedModel(), Scripted,
            new SelectionOptions { ScreeningP = 0.001, ScreeningTest = SelectionTest.Score, Method = SelectionMethod.Forward });
        Assert.Equal(SelectionStopReason.NothingPassedScreening, outcome.StopReason);
        Assert.Empty(outcome.Selected);
        Assert.Empty(outcome.FinalFit.Columns);
        Assert.Equal(2, outcome.Screening.Count);
    }

    [Fact]
    public void InvalidCandidatesAndOptionsAreRejected()
    {
        var model = new ScriptedModel();
        Assert.Throws<ArgumentException>("candidates", () => StepwiseSelection.Run(model, [new() { Name = "A", Columns = [0] }, new() { Name = "A", Columns = [1] }]));
        Assert.Throws<ArgumentException>("candidates", () => StepwiseSelection.Run(model, [new() { Name = "A", Columns = [0] }, new() { Name = "B", Columns = [0] }]));
        Assert.Throws<ArgumentException>("candidates", () => StepwiseSelection.Run(model, [new() { Name = "A", Columns = [2] }]));
        Assert.Throws<ArgumentException>("options", () => StepwiseSelection.Run(model, Scripted,
            new SelectionOptions { Method = SelectionMethod.Stepwise, EntryP = 0.2, RemovalP = 0.1 }));
        Assert.Throws<ArgumentException>("options", () => StepwiseSelection.Run(model, Scripted,
            new SelectionOptions { Method = SelectionMethod.Backward, RemovalTest = SelectionTest.Conditional }));
        Assert.Throws<ArgumentException>("options", () => StepwiseSelection.Run(model, Scripted,
            new SelectionOptions { Method = SelectionMethod.Backward, RemovalTest = SelectionTest.Score }));
    }

    [Fact]
    public void PureForwardNeverRemovesAndBackwardStepwiseStartsFull()
    {
        var (y, x) = LogisticData.Design("selection", "y", ["x1", "x2", "x3", "noise1", "noise2", "stageB", "stageC"]);
        var model = new LogisticSelectableModel(y, x);
        SelectionCandidate[] candidates =
        [
            new() { Name = "x1", Columns = [0] }, new() { Name = "x2", Columns = [1] }, new() { Name = "x3", Columns = [2] },
            new() { Name = "noise1", Columns = [3] }, new() { Name = "noise2", Columns = [4] }, new() { Name = "stage", Columns = [5, 6] },
        ];

        var forward = StepwiseSelection.Run(model, candidates, new SelectionOptions { Method = SelectionMethod.Forward });
        Assert.All(forward.Steps, s => Assert.Equal(SelectionAction.Entered, s.Action));
        Assert.Equal(["x1", "x3", "x2", "stage"], forward.Steps.Select(s => s.Variable));

        var backwardStepwise = StepwiseSelection.Run(model, candidates, new SelectionOptions { Method = SelectionMethod.BackwardStepwise });
        Assert.Equal(["noise2", "noise1", "x1"], backwardStepwise.Steps.Select(s => s.Variable));
        Assert.All(backwardStepwise.Steps, s => Assert.Equal(SelectionAction.Removed, s.Action));
        Assert.Equal(SelectionStopReason.NoVariableQualifies, backwardStepwise.StopReason);
        Assert.Equal(["x1", "noise1", "noise2"], backwardStepwise.NotSelected.Select(t => t.Variable));
    }
}
