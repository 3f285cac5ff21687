namespace HccReport.Statistics.Selection;

/// <summary>One entry or removal, with the test that decided it and every variable's test at that decision.</summary>
public sealed record SelectionStep
{
    /// <summary>1, 2, ... in the order the steps were taken.</summary>
    public required int Number { get; init; }

    /// <summary>Entered or removed.</summary>
    public required SelectionAction Action { get; init; }

    /// <summary>The variable that entered or left.</summary>
    public required string Variable { get; init; }

    /// <summary>The test of that variable: statistic, df and p.</summary>
    public required SelectionTestResult Decision { get; init; }

    /// <summary>All variables tested at this decision (those outside the model for an entry, inside for a removal).</summary>
    public required IReadOnlyList<SelectionTestResult> Evaluated { get; init; }

    /// <summary>The variables in the model after the step, in candidate order.</summary>
    public required IReadOnlyList<string> Model { get; init; }
}
