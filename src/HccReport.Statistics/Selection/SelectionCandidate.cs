namespace HccReport.Statistics.Selection;

/// <summary>
/// A variable offered to selection with its design columns: a categorical variable's dummy columns
/// enter and leave together, as in SPSS and R's <c>step</c>.
/// </summary>
public sealed record SelectionCandidate
{
    /// <summary>Variable name.</summary>
    public required string Name { get; init; }

    /// <summary>Its design columns.</summary>
    public required IReadOnlyList<int> Columns { get; init; }
}
