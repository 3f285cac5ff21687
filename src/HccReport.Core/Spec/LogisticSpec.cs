namespace HccReport.Core.Spec;

/// <summary>A logistic regression analysis (<c>kind: logistic</c>): each covariate alone, then all together.</summary>
public sealed record LogisticSpec : AnalysisSpec
{
    /// <inheritdoc/>
    public override AnalysisKind Kind => AnalysisKind.Logistic;

    /// <summary>The binary outcome: a 0/1 or true/false column, or a condition.</summary>
    public required SpecExpression Outcome { get; init; }

    /// <summary>Covariates in order.</summary>
    public required IReadOnlyList<SpecName> Covariates { get; init; }

    /// <summary>How sentences and tables name the outcome (<c>outcome_label</c>, e.g. "primary resistance"); null to derive it from the expression.</summary>
    public string? OutcomeLabel { get; init; }

    /// <summary>Reference levels chosen for this analysis.</summary>
    public IReadOnlyList<ReferenceLevelSpec> Reference { get; init; } = [];

    /// <summary>Confidence interval of the odds ratios.</summary>
    public LogisticInterval Interval { get; init; } = LogisticInterval.Wald;

    /// <summary>Variable selection; null to enter all covariates.</summary>
    public SelectionSpec? Select { get; init; }
}
