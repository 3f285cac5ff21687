namespace HccReport.Statistics.Tests;

/// <summary>Result of the Wilcoxon rank-sum (Mann-Whitney) test by the normal approximation.</summary>
public sealed record WilcoxonRankSumResult
{
    /// <summary>R's W: the rank sum of x minus n_x (n_x + 1) / 2 (the Mann-Whitney U of x).</summary>
    public required double W { get; init; }

    /// <summary>Standardised statistic (with the continuity correction when applied); null if every value is tied.</summary>
    public required double? Z { get; init; }

    /// <summary>Two-sided p value; null if every value is tied (R: NaN).</summary>
    public required double? P { get; init; }

    /// <summary>Whether the continuity correction was applied.</summary>
    public required bool ContinuityCorrection { get; init; }
}
