namespace HccReport.Statistics.Survival.Cox;

/// <summary>A chi-square test of a Cox model: statistic, degrees of freedom and upper-tail p value.</summary>
public sealed record CoxModelTest
{
    /// <summary>The chi-square statistic.</summary>
    public required double Statistic { get; init; }

    /// <summary>Degrees of freedom.</summary>
    public required int Df { get; init; }

    /// <summary>P(χ²_df &gt; statistic), as R's <c>pchisq(statistic, df, lower.tail = FALSE)</c>.</summary>
    public required double P { get; init; }
}
