namespace HccReport.Results;

/// <summary>A chi-square distributed test: statistic, degrees of freedom and p value.</summary>
public sealed record StatisticalTest
{
    /// <summary>The chi-square statistic; null when it cannot be computed (a singular information matrix).</summary>
    public double? Chisq { get; init; }

    /// <summary>Degrees of freedom.</summary>
    public required int Df { get; init; }

    /// <summary>Upper-tail p value; null with the statistic.</summary>
    public double? P { get; init; }
}
