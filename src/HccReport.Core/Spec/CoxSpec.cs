namespace HccReport.Core.Spec;

/// <summary>A Cox proportional hazards analysis (<c>kind: cox</c>): each covariate alone, then all together.</summary>
public sealed record CoxSpec : AnalysisSpec
{
    /// <inheritdoc/>
    public override AnalysisKind Kind => AnalysisKind.Cox;

    /// <summary>The endpoint.</summary>
    public required SpecName Endpoint { get; init; }

    /// <summary>Covariates in order.</summary>
    public required IReadOnlyList<SpecName> Covariates { get; init; }

    /// <summary>Ties method; null for the default of the <see cref="CompatMode"/> (Efron for R, Breslow for SPSS).</summary>
    public TiesMethod? Ties { get; init; }

    /// <summary>Stratification variables.</summary>
    public IReadOnlyList<SpecName> Strata { get; init; } = [];

    /// <summary>Reference levels chosen for this analysis.</summary>
    public IReadOnlyList<ReferenceLevelSpec> Reference { get; init; } = [];

    /// <summary>Test proportional hazards (R's <c>cox.zph</c>, transform km).</summary>
    public bool PhTest { get; init; }

    /// <summary>Variable selection; null to enter all covariates.</summary>
    public SelectionSpec? Select { get; init; }
}
