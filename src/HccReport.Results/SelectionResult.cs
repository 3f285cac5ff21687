namespace HccReport.Results;

/// <summary>How the variables of a multivariable model were chosen.</summary>
public sealed record SelectionResult
{
    /// <summary><c>enter</c>, <c>forward</c>, <c>backward</c> or <c>stepwise</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Univariate screening threshold (variables with p at or below it were candidates); null when none.</summary>
    public double? ScreenP { get; init; }

    /// <summary>Entry threshold.</summary>
    public double EntryP { get; init; }

    /// <summary>Removal threshold.</summary>
    public double RemovalP { get; init; }

    /// <summary>Test used for entry: <c>score</c>, <c>lr</c> or <c>wald</c>.</summary>
    public required string EntryTest { get; init; }

    /// <summary>Test used for removal: <c>lr</c>, <c>wald</c> or <c>score</c>.</summary>
    public required string RemovalTest { get; init; }

    /// <summary>Variables offered to the selection, in spec order.</summary>
    public required IReadOnlyList<string> Candidates { get; init; }

    /// <summary>Each entry or removal in order.</summary>
    public required IReadOnlyList<SelectionStep> Steps { get; init; }

    /// <summary>Variables in the final model, in spec order.</summary>
    public required IReadOnlyList<string> Selected { get; init; }
}

/// <summary>One entry into or removal from the model.</summary>
public sealed record SelectionStep
{
    /// <summary>1-based step number.</summary>
    public required int Step { get; init; }

    /// <summary><c>enter</c> or <c>remove</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The variable (all its terms enter or leave together).</summary>
    public required string Variable { get; init; }

    /// <summary>Test statistic that decided the step.</summary>
    public required double Statistic { get; init; }

    /// <summary>Its degrees of freedom.</summary>
    public required int Df { get; init; }

    /// <summary>Its p value.</summary>
    public required double P { get; init; }
}
