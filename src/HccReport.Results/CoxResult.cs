using System.Text.Json.Serialization;

namespace HccReport.Results;

/// <summary>Cox proportional hazards models: each covariate alone, then all (or the selected) together.</summary>
public sealed record CoxResult : AnalysisResult
{
    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override string Kind => "cox";

    /// <summary>Endpoint id.</summary>
    public required string Endpoint { get; init; }

    /// <summary>Endpoint label.</summary>
    public required string EndpointLabel { get; init; }

    /// <summary><c>efron</c> or <c>breslow</c>.</summary>
    public required string Ties { get; init; }

    /// <summary>Stratifying columns; empty when unstratified.</summary>
    public IReadOnlyList<string> Strata { get; init; } = [];

    /// <summary>Confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The covariates in spec order and how each was coded.</summary>
    public required IReadOnlyList<CovariateInfo> Covariates { get; init; }

    /// <summary>Each covariate in a model of its own; a categorical covariate gives one term per non-reference level.</summary>
    public required IReadOnlyList<CoxTerm> Univariate { get; init; }

    /// <summary>All covariates together, or those the selection kept; null when no covariate qualified.</summary>
    public CoxModelResult? Multivariable { get; init; }
}

/// <summary>A fitted multivariable Cox model.</summary>
public sealed record CoxModelResult
{
    /// <summary>Complete cases used.</summary>
    public required int N { get; init; }

    /// <summary>Events among them.</summary>
    public required int Events { get; init; }

    /// <summary>Log partial likelihood at the estimate.</summary>
    public required double Loglik { get; init; }

    /// <summary>Log partial likelihood at beta = 0.</summary>
    public required double LoglikNull { get; init; }

    /// <summary>Harrell's concordance as R's <c>coxph</c> reports it; null when no pair is comparable.</summary>
    public double? Concordance { get; init; }

    /// <summary>Standard error of the concordance.</summary>
    public double? ConcordanceStdErr { get; init; }

    /// <summary>Likelihood-ratio test of all terms.</summary>
    public required StatisticalTest LikelihoodRatio { get; init; }

    /// <summary>Wald test of all terms.</summary>
    public required StatisticalTest Wald { get; init; }

    /// <summary>Score (log-rank) test of all terms.</summary>
    public required StatisticalTest Score { get; init; }

    /// <summary>Whether Newton-Raphson converged.</summary>
    public required bool Converged { get; init; }

    /// <summary>Iterations taken.</summary>
    public required int Iterations { get; init; }

    /// <summary>True when the likelihood is monotone in some coefficient (an infinite hazard ratio).</summary>
    public bool Monotone { get; init; }

    /// <summary>The terms.</summary>
    public required IReadOnlyList<CoxTerm> Terms { get; init; }

    /// <summary>Schoenfeld-residual test of proportional hazards (R's <c>cox.zph</c>, transform "km"); null when not asked for.</summary>
    public ProportionalHazardsTest? ProportionalHazards { get; init; }

    /// <summary>How the terms were chosen; null when all covariates were entered.</summary>
    public SelectionResult? Selection { get; init; }
}

/// <summary>One Cox model term.</summary>
public sealed record CoxTerm : IRatioTerm
{
    /// <inheritdoc />
    public required string Term { get; init; }

    /// <inheritdoc />
    public required string Label { get; init; }

    /// <summary>Column the term comes from.</summary>
    public required string Variable { get; init; }

    /// <summary>Coefficient (log hazard ratio); null when infinite.</summary>
    public double? Coef { get; init; }

    /// <summary>Standard error of the coefficient.</summary>
    public double? Se { get; init; }

    /// <summary>Hazard ratio exp(coef).</summary>
    public double? Hr { get; init; }

    /// <inheritdoc />
    public double? Lower { get; init; }

    /// <inheritdoc />
    public double? Upper { get; init; }

    /// <summary>Wald z statistic.</summary>
    public double? Z { get; init; }

    /// <inheritdoc />
    public double? P { get; init; }

    /// <summary>Rows in the model that produced this term.</summary>
    public int? N { get; init; }

    /// <summary>Events in the model that produced this term.</summary>
    public int? Events { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public double? Ratio => Hr;
}

/// <summary>Schoenfeld-residual proportional-hazards test per variable and global.</summary>
public sealed record ProportionalHazardsTest
{
    /// <summary>Time transform, <c>km</c> as R's default.</summary>
    public required string Transform { get; init; }

    /// <summary>One row per covariate (a categorical covariate's terms together).</summary>
    public required IReadOnlyList<ProportionalHazardsRow> Terms { get; init; }

    /// <summary>The global test.</summary>
    public required StatisticalTest Global { get; init; }
}

/// <summary>One row of the proportional-hazards test.</summary>
public sealed record ProportionalHazardsRow
{
    /// <summary>Variable name.</summary>
    public required string Term { get; init; }

    /// <summary>Chi-square statistic; null when it cannot be computed.</summary>
    public double? Chisq { get; init; }

    /// <summary>Degrees of freedom.</summary>
    public required int Df { get; init; }

    /// <summary>P value; null with the statistic.</summary>
    public double? P { get; init; }
}
