namespace HccReport.Results;

/// <summary>How a covariate entered a model.</summary>
public sealed record CovariateInfo
{
    /// <summary>Column name.</summary>
    public required string Variable { get; init; }

    /// <summary>Display label.</summary>
    public required string Label { get; init; }

    /// <summary><c>numeric</c>, <c>binary</c> or <c>categorical</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Reference level of a categorical covariate; null otherwise.</summary>
    public string? Reference { get; init; }

    /// <summary>Levels of a categorical covariate in order, reference first; empty otherwise.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];
}
