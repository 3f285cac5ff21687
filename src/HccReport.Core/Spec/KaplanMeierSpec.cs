namespace HccReport.Core.Spec;

/// <summary>A Kaplan-Meier analysis (<c>kind: km</c>).</summary>
public sealed record KaplanMeierSpec : AnalysisSpec
{
    /// <inheritdoc/>
    public override AnalysisKind Kind => AnalysisKind.KaplanMeier;

    /// <summary>The endpoint.</summary>
    public required SpecName Endpoint { get; init; }

    /// <summary>The grouping variable; null for one curve, level "All".</summary>
    public SpecName? By { get; init; }

    /// <summary>Landmark times.</summary>
    public IReadOnlyList<double> At { get; init; } = [];

    /// <summary>Confidence interval transformation.</summary>
    public ConfidenceIntervalType Ci { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>Report median follow-up by reverse Kaplan-Meier.</summary>
    public bool FollowUp { get; init; }

    /// <summary>Restricted mean survival time up to this tau; null for none.</summary>
    public double? Rmst { get; init; }

    /// <summary>The test comparing the curves.</summary>
    public SurvivalTest Test { get; init; } = SurvivalTest.LogRank;

    /// <summary>Strata of a stratified test (<c>test: {method: logrank, strata: centre}</c>); null for none.</summary>
    public SpecName? TestStrata { get; init; }

    /// <summary>Step of the risk table and x axis; null to choose from the range.</summary>
    public double? Breaks { get; init; }

    /// <summary>Look of the figure.</summary>
    public KaplanMeierFigureSpec Figure { get; init; } = new();
}
