namespace HccReport.Statistics.Selection;

/// <summary>Options of <see cref="StepwiseSelection.Run"/>; the defaults are SPSS's PIN 0.05 and POUT 0.10.</summary>
public sealed record SelectionOptions
{
    /// <summary>Enter (default), forward, backward, stepwise or backward stepwise.</summary>
    public SelectionMethod Method { get; init; } = SelectionMethod.Enter;

    /// <summary>
    /// Univariate screening: a candidate is offered to the multivariable procedure only if its p value in a model
    /// of its own is at most this (the "P &lt;= 0.05 in univariate analysis" of many papers); null for no screening.
    /// </summary>
    public double? ScreeningP { get; init; }

    /// <summary>Statistic of the univariate screening: Wald (default, the p value printed in univariate tables), likelihood ratio or score.</summary>
    public SelectionTest ScreeningTest { get; init; } = SelectionTest.Wald;

    /// <summary>A candidate enters when its entry p is below this (SPSS PIN); default 0.05.</summary>
    public double EntryP { get; init; } = 0.05;

    /// <summary>A variable leaves when its removal p is above this (SPSS POUT); default 0.10.</summary>
    public double RemovalP { get; init; } = 0.10;

    /// <summary>Entry statistic: score (default, SPSS), likelihood ratio or Wald.</summary>
    public SelectionTest EntryTest { get; init; } = SelectionTest.Score;

    /// <summary>Removal statistic: likelihood ratio (default), Wald or conditional.</summary>
    public SelectionTest RemovalTest { get; init; } = SelectionTest.LikelihoodRatio;

    /// <summary>Upper limit on entries plus removals, a guard besides the repeated-model rule; default 1000.</summary>
    public int MaxSteps { get; init; } = 1000;
}
