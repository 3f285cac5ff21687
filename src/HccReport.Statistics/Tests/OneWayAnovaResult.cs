namespace HccReport.Statistics.Tests;

/// <summary>Result of the one-way analysis of variance.</summary>
public sealed record OneWayAnovaResult
{
    /// <summary>F = (SS between / (k - 1)) / (SS within / (N - k)); null when both sums of squares are 0.</summary>
    public required double? F { get; init; }

    /// <summary>k - 1.</summary>
    public required int DegreesOfFreedomBetween { get; init; }

    /// <summary>N - k.</summary>
    public required int DegreesOfFreedomWithin { get; init; }

    /// <summary>P(F &gt; observed); null when F is.</summary>
    public required double? P { get; init; }

    /// <summary>sum_g n_g (mean_g - grand mean)^2.</summary>
    public required double SumOfSquaresBetween { get; init; }

    /// <summary>sum_g sum_i (y_gi - mean_g)^2.</summary>
    public required double SumOfSquaresWithin { get; init; }
}
