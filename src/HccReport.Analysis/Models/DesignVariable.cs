namespace HccReport.Analysis.Models;

/// <summary>One variable of a model and the design columns it became.</summary>
internal sealed record DesignVariable
{
    public required string Name { get; init; }
    public required string Label { get; init; }

    /// <summary><c>numeric</c>, <c>binary</c> or <c>categorical</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Reference level of a categorical variable.</summary>
    public string? Reference { get; init; }

    /// <summary>Levels present among the model's rows, reference first (categorical only).</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>Indices of this variable's columns in the design.</summary>
    public required IReadOnlyList<int> Columns { get; init; }
}
