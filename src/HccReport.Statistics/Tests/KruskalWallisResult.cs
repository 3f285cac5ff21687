namespace HccReport.Statistics.Tests;

/// <summary>Result of the Kruskal-Wallis rank-sum test.</summary>
public sealed record KruskalWallisResult
{
    /// <summary>The tie-corrected H statistic; null if every value is tied (R: NaN).</summary>
    public required double? Statistic { get; init; }

    /// <summary>Number of non-empty groups minus one.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>P(chi-square &gt; H); null if every value is tied.</summary>
    public required double? P { get; init; }
}
