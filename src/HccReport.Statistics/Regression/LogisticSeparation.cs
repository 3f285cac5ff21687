namespace HccReport.Statistics.Regression;

/// <summary>
/// The separation check of a logistic fit, in plain words. R only warns "fitted probabilities numerically
/// 0 or 1 occurred"; this record says whether the estimates exist and which terms are involved.
/// See <see cref="LogisticRegression"/> for the method.
/// </summary>
public sealed record LogisticSeparation
{
    /// <summary>None, quasi-complete or complete.</summary>
    public required SeparationKind Kind { get; init; }

    /// <summary>Terms with a non-zero weight in the separating direction (empty when none).</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>Number of observations whose outcome the separating direction predicts perfectly.</summary>
    public required int SeparatedObservations { get; init; }

    /// <summary>A sentence for the report, or null when there is no separation.</summary>
    public required string? Message { get; init; }

    /// <summary>No separation.</summary>
    public static LogisticSeparation None { get; } = new()
    {
        Kind = SeparationKind.None, Terms = [], SeparatedObservations = 0, Message = null,
    };
}
