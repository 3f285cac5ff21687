namespace HccReport.Results;

/// <summary>
/// The conventions in force where statistical software differ. <c>r</c> (the default) follows R's
/// survival package and glm; <c>spss</c> follows SPSS as documented in docs/conventions.md.
/// </summary>
public sealed record Conventions
{
    /// <summary><c>r</c> or <c>spss</c>.</summary>
    public required string Compat { get; init; }

    /// <summary>Cox ties method used unless an analysis overrides it: <c>efron</c> or <c>breslow</c>.</summary>
    public required string Ties { get; init; }

    /// <summary>Kaplan-Meier interval transform: <c>log</c>, <c>log-log</c> or <c>plain</c>.</summary>
    public required string KmConfidenceInterval { get; init; }

    /// <summary>How a median's interval is found: <c>brookmeyer-crowley</c> (R) or <c>wald</c> (SPSS).</summary>
    public required string MedianConfidenceInterval { get; init; }

    /// <summary>Confidence level of every interval, 0.95 unless the spec says otherwise.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Entry test for stepwise selection: <c>score</c>.</summary>
    public string SelectionEntryTest { get; init; } = "score";

    /// <summary>Removal test for stepwise selection: <c>lr</c> or <c>wald</c>.</summary>
    public string SelectionRemovalTest { get; init; } = "lr";

    /// <summary>Software whose numerics these conventions reproduce, for the methods paragraph.</summary>
    public string? ReferenceSoftware { get; init; }
}
