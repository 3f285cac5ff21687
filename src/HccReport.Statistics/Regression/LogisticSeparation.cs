namespace HccReport.Statistics.Regression;

/// <summary>
/// The separation check of a logistic fit, in plain words. R only warns "fitted probabilities numerically
/// 0 or 1 occurred" (and often not even that); this record says whether the estimates exist and which terms
/// are involved.
/// </summary>
/// <remarks>
/// Method (no linear programming): the maximum-likelihood estimate does not exist exactly when some direction d
/// has (2y_i - 1) x_i'd &gt;= 0 for every observation, with at least one strict (Albert and Anderson 1984);
/// under separation the IRLS iterations drift along such a direction, each step still moving the separated
/// observations' linear predictors by about 1 or more while the rest have settled. The check takes the rows the
/// last step still moved towards their outcome, projects the last step onto the null space of the other rows'
/// design, and verifies the definition on the data with that direction, discarding rows that fail and
/// repeating. A reported separation is therefore a verified certificate (tolerances at rounding level); one the
/// iterations never drifted along can go unreported. Konis's linear program (R's safeBinaryRegression,
/// detectseparation) answers the same question.
/// </remarks>
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
