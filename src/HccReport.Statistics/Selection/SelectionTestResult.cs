namespace HccReport.Statistics.Selection;

/// <summary>One variable's test at one decision of the procedure (a row of SPSS's "Variables not in the Equation" or "Model if Term Removed").</summary>
public sealed record SelectionTestResult
{
    /// <summary>Candidate name.</summary>
    public required string Variable { get; init; }

    /// <summary>Which statistic.</summary>
    public required SelectionTest Test { get; init; }

    /// <summary>The chi-square statistic.</summary>
    public required double Statistic { get; init; }

    /// <summary>Degrees of freedom (the variable's number of columns).</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>P(chi-square &gt; statistic).</summary>
    public required double P { get; init; }
}
