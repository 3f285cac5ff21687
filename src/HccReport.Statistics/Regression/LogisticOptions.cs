namespace HccReport.Statistics.Regression;

/// <summary>Options of <see cref="LogisticRegression.Fit"/>; the defaults reproduce R's <c>glm</c> and <c>confint.default</c>.</summary>
public sealed record LogisticOptions
{
    /// <summary>R (default) or SPSS estimation and interval conventions.</summary>
    public LogisticConvention Convention { get; init; } = LogisticConvention.R;

    /// <summary>Wald (default) or profile-likelihood intervals.</summary>
    public LogisticIntervalMethod IntervalMethod { get; init; } = LogisticIntervalMethod.Wald;

    /// <summary>Confidence level of the intervals, strictly between 0 and 1; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// Iteration limit; null uses the convention's default (R's maxit 25, SPSS's ITERATE 20).
    /// </summary>
    public int? MaxIterations { get; init; }

    /// <summary>
    /// Convergence tolerance; null uses the convention's default (R's epsilon 1e-8 on the relative
    /// deviance change, SPSS's BCON 0.001 on the largest absolute coefficient change).
    /// </summary>
    public double? Tolerance { get; init; }

    /// <summary>R's defaults.</summary>
    public static LogisticOptions R { get; } = new();

    /// <summary>SPSS's defaults.</summary>
    public static LogisticOptions Spss { get; } = new() { Convention = LogisticConvention.Spss };
}
