namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// A model term and its design columns: a categorical variable's dummy columns are tested together,
/// as the terms of an R formula are in <c>cox.zph</c>.
/// </summary>
public sealed record CoxTerm
{
    /// <summary>Term name, e.g. the variable's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its columns (0-based indices into the design the model was fitted with).</summary>
    public required IReadOnlyList<int> Columns { get; init; }
}
