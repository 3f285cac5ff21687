using System.Text.Json.Serialization;

namespace HccReport.Results;

/// <summary>Logistic regression: each covariate alone, then all (or the selected) together.</summary>
public sealed record LogisticResult : AnalysisResult
{
    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override string Kind => "logistic";

    /// <summary>Outcome column or expression as written in the spec.</summary>
    public required string Outcome { get; init; }

    /// <summary>Outcome label.</summary>
    public required string OutcomeLabel { get; init; }

    /// <summary>Interval method: <c>wald</c> or <c>profile</c>.</summary>
    public string IntervalMethod { get; init; } = "wald";

    /// <summary>Confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The covariates in spec order and how each was coded.</summary>
    public required IReadOnlyList<CovariateInfo> Covariates { get; init; }

    /// <summary>Each covariate in a model of its own.</summary>
    public required IReadOnlyList<LogisticTerm> Univariate { get; init; }

    /// <summary>All covariates together, or those the selection kept; null when no covariate qualified.</summary>
    public LogisticModelResult? Multivariable { get; init; }
}

/// <summary>A fitted multivariable logistic model.</summary>
public sealed record LogisticModelResult
{
    /// <summary>Complete cases used.</summary>
    public required int N { get; init; }

    /// <summary>Rows with the outcome.</summary>
    public required int Events { get; init; }

    /// <summary>Log-likelihood at the estimate.</summary>
    public required double Loglik { get; init; }

    /// <summary>Log-likelihood of the intercept-only model.</summary>
    public required double LoglikNull { get; init; }

    /// <summary>Akaike information criterion, as R's glm.</summary>
    public required double Aic { get; init; }

    /// <summary>Likelihood-ratio test of all terms.</summary>
    public required StatisticalTest LikelihoodRatio { get; init; }

    /// <summary>Whether IRLS converged.</summary>
    public required bool Converged { get; init; }

    /// <summary>Iterations taken.</summary>
    public required int Iterations { get; init; }

    /// <summary><c>none</c>, <c>quasi-complete</c> or <c>complete</c> separation.</summary>
    public string Separation { get; init; } = "none";

    /// <summary>The intercept (log odds at all covariates zero or reference).</summary>
    public LogisticTerm? Intercept { get; init; }

    /// <summary>The terms, intercept excluded.</summary>
    public required IReadOnlyList<LogisticTerm> Terms { get; init; }

    /// <summary>How the terms were chosen; null when all covariates were entered.</summary>
    public SelectionResult? Selection { get; init; }
}

/// <summary>One logistic model term.</summary>
public sealed record LogisticTerm : IRatioTerm
{
    /// <inheritdoc />
    public required string Term { get; init; }

    /// <inheritdoc />
    public required string Label { get; init; }

    /// <summary>Column the term comes from.</summary>
    public required string Variable { get; init; }

    /// <summary>Coefficient (log odds ratio); null when infinite.</summary>
    public double? Coef { get; init; }

    /// <summary>Standard error.</summary>
    public double? Se { get; init; }

    /// <summary>Odds ratio exp(coef).</summary>
    public double? Or { get; init; }

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

    /// <inheritdoc />
    [JsonIgnore]
    public double? Ratio => Or;
}
