namespace HccReport.Core.Spec;

/// <summary>A subgroup analysis (<c>kind: subgroup</c>): the hazard ratio of <see cref="By"/> within each subgroup level.</summary>
public sealed record SubgroupSpec : AnalysisSpec
{
    /// <inheritdoc/>
    public override AnalysisKind Kind => AnalysisKind.Subgroup;

    /// <summary>The endpoint.</summary>
    public required SpecName Endpoint { get; init; }

    /// <summary>The comparison (a categorical variable).</summary>
    public required SpecName By { get; init; }

    /// <summary>Reference level of the comparison; null for its first level.</summary>
    public string? Reference { get; init; }

    /// <summary>Variables whose levels form the subgroups.</summary>
    public required IReadOnlyList<SpecName> Subgroups { get; init; }
}
