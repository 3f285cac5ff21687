using HccReport.Core.Spec;

namespace HccReport.Core.Cohort;

/// <summary>One flow step after the groups, with its counts per group.</summary>
public sealed record CohortStep
{
    /// <summary>Box label.</summary>
    public required string Label { get; init; }

    /// <summary>Subset or split.</summary>
    public required FlowStepKind Kind { get; init; }

    /// <summary>For a split, the column; null for a subset.</summary>
    public string? Variable { get; init; }

    /// <summary>For a subset, the condition as written; null for a split.</summary>
    public string? Condition { get; init; }

    /// <summary>One entry per group, in group order (a single "All" without groups).</summary>
    public required IReadOnlyList<CohortStepGroup> Groups { get; init; }
}
