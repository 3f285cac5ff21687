using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>The cohort flow (spec key <c>cohort</c>): inclusion criteria, exclusion reasons, groups and further steps.</summary>
public sealed record CohortSpec
{
    /// <summary>Label of the first flowchart box.</summary>
    public string? ScreenedLabel { get; init; }

    /// <summary>Inclusion criteria in order.</summary>
    public IReadOnlyList<CriterionSpec> Include { get; init; } = [];

    /// <summary>Exclusion reasons in order (applied after the inclusion criteria).</summary>
    public IReadOnlyList<CriterionSpec> Exclude { get; init; } = [];

    /// <summary>Label of the included box.</summary>
    public string? IncludedLabel { get; init; }

    /// <summary>The column whose levels split the included cohort; null for no groups.</summary>
    public SpecName? Groups { get; init; }

    /// <summary>Steps applied within each group, in order.</summary>
    public IReadOnlyList<FlowStepSpec> Steps { get; init; } = [];

    /// <summary>Position of the <c>cohort</c> mapping.</summary>
    public required SpecLocation Location { get; init; }
}
