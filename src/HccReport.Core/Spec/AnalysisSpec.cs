using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>
/// One entry of <c>analyses</c>. The kind-specific options live in the derived records
/// (<see cref="KaplanMeierSpec"/>, <see cref="CoxSpec"/>, <see cref="LogisticSpec"/>, <see cref="BaselineSpec"/>,
/// <see cref="SubgroupSpec"/>).
/// </summary>
public abstract record AnalysisSpec
{
    private protected AnalysisSpec()
    {
    }

    /// <summary>Unique id; the key in results.json.</summary>
    public required SpecName Id { get; init; }

    /// <summary>The kind.</summary>
    public abstract AnalysisKind Kind { get; }

    /// <summary>Heading of the analysis in the report; null for a generated one.</summary>
    public string? Title { get; init; }

    /// <summary>Text under the figure or table.</summary>
    public string? Caption { get; init; }

    /// <summary>Subset of the included cohort this analysis uses; null for all included rows. Missing counts as false.</summary>
    public SpecExpression? Where { get; init; }

    /// <summary>Position of the analysis entry.</summary>
    public required SpecLocation Location { get; init; }
}
