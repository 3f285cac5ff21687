namespace HccReport.Results;

/// <summary>A chi-square distributed test: statistic, degrees of freedom and p value.</summary>
public sealed record StatisticalTest
{
    /// <summary>The chi-square statistic.</summary>
    public required double Chisq { get; init; }

    /// <summary>Degrees of freedom.</summary>
    public required int Df { get; init; }

    /// <summary>Upper-tail p value.</summary>
    public required double P { get; init; }
}
