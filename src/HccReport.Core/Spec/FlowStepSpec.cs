using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>A flow step after the groups (<c>cohort.steps[i]</c>): a subset by a condition, or a split by a column.</summary>
public sealed record FlowStepSpec
{
    /// <summary>Box label.</summary>
    public required string Label { get; init; }

    /// <summary>Subset or split.</summary>
    public required FlowStepKind Kind { get; init; }

    /// <summary>For a subset, the condition kept rows meet; null for a split.</summary>
    public SpecExpression? When { get; init; }

    /// <summary>For a split, the column whose levels divide each group; null for a subset.</summary>
    public SpecName? Split { get; init; }

    /// <summary>Position of the step.</summary>
    public required SpecLocation Location { get; init; }
}
