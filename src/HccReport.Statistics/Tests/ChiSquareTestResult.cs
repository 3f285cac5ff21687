namespace HccReport.Statistics.Tests;

/// <summary>Result of Pearson's chi-square test of independence in an r x c table.</summary>
public sealed record ChiSquareTestResult
{
    /// <summary>X-squared: sum (|O - E| - c)^2 / E, with c the continuity correction (0 without Yates).</summary>
    public required double Statistic { get; init; }

    /// <summary>(r - 1)(c - 1).</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>P(chi-square &gt; statistic).</summary>
    public required double P { get; init; }

    /// <summary>Expected counts under independence, row total x column total / N, [row][column].</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Expected { get; init; }

    /// <summary>The smallest expected count (the usual switch to Fisher's test is below 5).</summary>
    public required double MinimumExpected { get; init; }

    /// <summary>Number of cells with an expected count below 5 (SPSS's footnote).</summary>
    public required int CellsExpectedBelowFive { get; init; }

    /// <summary>The continuity correction subtracted from every |O - E|: 0 unless Yates was applied to a 2 x 2 table.</summary>
    public required double ContinuityCorrection { get; init; }

    /// <summary>R's method line: "Pearson's Chi-squared test", with " with Yates' continuity correction" when applied.</summary>
    public required string Method { get; init; }
}
