namespace HccReport.Statistics.Survival.Cox;

/// <summary>One row of the <c>cox.zph</c> table: the score test of proportional hazards for a term, or GLOBAL.</summary>
public sealed record ProportionalHazardsTermTest
{
    /// <summary>Term name, or "GLOBAL" for all terms together.</summary>
    public required string Term { get; init; }

    /// <summary>The chi-square statistic; null if the information matrix could not be inverted (R stops with an error).</summary>
    public required double? ChiSquare { get; init; }

    /// <summary>Degrees of freedom: the number of estimable columns of the term.</summary>
    public required int Df { get; init; }

    /// <summary>Upper-tail p value of <see cref="ChiSquare"/>; null with it.</summary>
    public required double? P { get; init; }
}
