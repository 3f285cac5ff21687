namespace HccReport.Statistics.Selection;

/// <summary>The record of a variable-selection procedure and the model it chose.</summary>
public sealed record SelectionOutcome
{
    /// <summary>The options used.</summary>
    public required SelectionOptions Options { get; init; }

    /// <summary>Univariate screening of every candidate (empty when there was no screening).</summary>
    public required IReadOnlyList<SelectionTestResult> Screening { get; init; }

    /// <summary>Names of the candidates offered to the multivariable procedure (all, without screening).</summary>
    public required IReadOnlyList<string> Screened { get; init; }

    /// <summary>Every entry and removal, in order.</summary>
    public required IReadOnlyList<SelectionStep> Steps { get; init; }

    /// <summary>The selected variables, in candidate order.</summary>
    public required IReadOnlyList<SelectionCandidate> Selected { get; init; }

    /// <summary>The fit of the selected model.</summary>
    public required SelectionFit FinalFit { get; init; }

    /// <summary>The last tests of the variables outside the final model, if an entry decision was made on them (SPSS's final "Variables not in the Equation").</summary>
    public required IReadOnlyList<SelectionTestResult> NotSelected { get; init; }

    /// <summary>Why the procedure stopped.</summary>
    public required SelectionStopReason StopReason { get; init; }
}
