namespace HccReport.Statistics.Regression;

/// <summary>A Wald chi-square test of one or more coefficients being zero.</summary>
public sealed record WaldTest
{
    /// <summary>b' V^-1 b.</summary>
    public required double ChiSquare { get; init; }

    /// <summary>Number of coefficients tested.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>P(chi-square &gt; statistic).</summary>
    public required double P { get; init; }
}
