namespace HccReport.Statistics.Tests;

/// <summary>Result of Fisher's exact test, as R's <c>fisher.test</c> reports it.</summary>
public sealed record FisherExactTestResult
{
    /// <summary>Two-sided p value: the total probability of the tables no more probable than the observed one.</summary>
    public required double P { get; init; }

    /// <summary>
    /// 2 x 2 only: the conditional maximum-likelihood odds ratio (R's "sample estimates: odds ratio"), which
    /// can be 0 or +infinity; null for larger tables.
    /// </summary>
    public required double? OddsRatio { get; init; }

    /// <summary>2 x 2 only: lower bound of the conditional confidence interval of the odds ratio.</summary>
    public required double? Lower { get; init; }

    /// <summary>2 x 2 only: upper bound (may be +infinity).</summary>
    public required double? Upper { get; init; }

    /// <summary>Confidence level of the interval.</summary>
    public required double ConfidenceLevel { get; init; }
}
