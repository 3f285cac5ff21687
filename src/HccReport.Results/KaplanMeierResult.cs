namespace HccReport.Results;

/// <summary>Kaplan-Meier estimates per group, with log-rank test, follow-up and restricted means.</summary>
public sealed record KaplanMeierResult : AnalysisResult
{
    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override string Kind => "km";

    /// <summary>Endpoint id from the spec.</summary>
    public required string Endpoint { get; init; }

    /// <summary>Endpoint label, e.g. "Overall survival"; the figure's y-axis title.</summary>
    public required string EndpointLabel { get; init; }

    /// <summary>Time origin described for the x-axis, e.g. "from second-line start"; null for the endpoint's default.</summary>
    public string? TimeOrigin { get; init; }

    /// <summary>Column splitting the curves, or null for one curve labelled "All".</summary>
    public string? By { get; init; }

    /// <summary>Interval transform: <c>log</c>, <c>log-log</c> or <c>plain</c>.</summary>
    public required string ConfidenceInterval { get; init; }

    /// <summary>Confidence level, e.g. 0.95.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>How medians' intervals were found: <c>brookmeyer-crowley</c> (R) or <c>wald</c> (SPSS).</summary>
    public string MedianMethod { get; init; } = "brookmeyer-crowley";

    /// <summary>One entry per curve, in level order.</summary>
    public required IReadOnlyList<KaplanMeierGroup> Groups { get; init; }

    /// <summary>Comparison of the curves; null without <c>by</c> or with a single level.</summary>
    public LogRankResult? Logrank { get; init; }

    /// <summary>Median follow-up by reverse Kaplan-Meier over all curves' rows; null when not asked for.</summary>
    public FollowUpResult? FollowUp { get; init; }

    /// <summary>Restricted mean survival time per group and their difference; null when not asked for.</summary>
    public RestrictedMeanResult? Rmst { get; init; }

    /// <summary>The number-at-risk table printed under the figure: its times are the figure's x-axis ticks.</summary>
    public required RiskTable RiskTable { get; init; }

    /// <summary>Figure options the spec chose.</summary>
    public KaplanMeierDisplay Display { get; init; } = new();
}

/// <summary>One Kaplan-Meier curve.</summary>
public sealed record KaplanMeierGroup
{
    /// <summary>Level label, or "All".</summary>
    public required string Level { get; init; }

    /// <summary>Rows in the curve.</summary>
    public required int N { get; init; }

    /// <summary>Events.</summary>
    public required int Events { get; init; }

    /// <summary>Censored rows.</summary>
    public required int Censored { get; init; }

    /// <summary>Median survival; null when the curve does not reach 0.5 (not reached).</summary>
    public double? Median { get; init; }

    /// <summary>Lower limit of the median's interval; null when it does not exist.</summary>
    public double? MedianLower { get; init; }

    /// <summary>Upper limit of the median's interval; null when not reached (printed "NR").</summary>
    public double? MedianUpper { get; init; }

    /// <summary>Survival at the spec's landmark times, in the order given.</summary>
    public IReadOnlyList<LandmarkEstimate> At { get; init; } = [];

    /// <summary>The step function, one entry per distinct time (events or censorings), as R's survfit.</summary>
    public required SurvivalCurve Curve { get; init; }
}

/// <summary>Survival at a landmark time, with step semantics between event times.</summary>
public sealed record LandmarkEstimate
{
    /// <summary>Landmark time in the report's unit.</summary>
    public required double Time { get; init; }

    /// <summary>Rows at risk at that time; null beyond the last observed time.</summary>
    public int? NRisk { get; init; }

    /// <summary>Survival probability; null beyond the last observed time.</summary>
    public double? Survival { get; init; }

    /// <summary>Greenwood standard error of the survival; null where it does not exist.</summary>
    public double? StdErr { get; init; }

    /// <summary>Lower confidence limit.</summary>
    public double? Lower { get; init; }

    /// <summary>Upper confidence limit.</summary>
    public double? Upper { get; init; }
}

/// <summary>
/// A Kaplan-Meier step function as parallel columns, one entry per distinct observed time (as R's
/// <c>survfit</c> with <c>censor = TRUE</c>). Survival holds from each time until the next.
/// </summary>
public sealed record SurvivalCurve
{
    /// <summary>Distinct observed times, ascending.</summary>
    public required IReadOnlyList<double> Time { get; init; }

    /// <summary>At risk just before each time.</summary>
    public required IReadOnlyList<int> NRisk { get; init; }

    /// <summary>Events at each time.</summary>
    public required IReadOnlyList<int> NEvent { get; init; }

    /// <summary>Censored at each time.</summary>
    public required IReadOnlyList<int> NCensor { get; init; }

    /// <summary>Survival after each time.</summary>
    public required IReadOnlyList<double> Survival { get; init; }

    /// <summary>Lower confidence limit; null where it does not exist (for example survival 0 with the log transform).</summary>
    public required IReadOnlyList<double?> Lower { get; init; }

    /// <summary>Upper confidence limit.</summary>
    public required IReadOnlyList<double?> Upper { get; init; }
}

/// <summary>
/// A k-group comparison from R's <c>survdiff</c>: rho = 0 is the log-rank test, rho = 1 Peto-Peto.
/// </summary>
public sealed record LogRankResult
{
    /// <summary><c>log-rank</c>, <c>peto-peto</c> or <c>fleming-harrington</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The rho of the G-rho family.</summary>
    public double Rho { get; init; }

    /// <summary>Chi-square statistic.</summary>
    public required double Chisq { get; init; }

    /// <summary>Degrees of freedom (groups with rows minus one).</summary>
    public required int Df { get; init; }

    /// <summary>P value from the chi-square distribution; null when there is nothing to compare (df = 0).</summary>
    public double? P { get; init; }

    /// <summary>Observed events per group, in level order.</summary>
    public required IReadOnlyList<double> Observed { get; init; }

    /// <summary>Expected events per group, in level order.</summary>
    public required IReadOnlyList<double> Expected { get; init; }

    /// <summary>Stratifying column, or null.</summary>
    public string? Strata { get; init; }
}

/// <summary>Median follow-up by reverse Kaplan-Meier (censoring taken as the event).</summary>
public sealed record FollowUpResult
{
    /// <summary>Median follow-up; null when not reached.</summary>
    public double? Median { get; init; }

    /// <summary>Lower limit of its interval.</summary>
    public double? Lower { get; init; }

    /// <summary>Upper limit of its interval.</summary>
    public double? Upper { get; init; }
}

/// <summary>Restricted mean survival time up to a horizon tau, as R's <c>print(survfit, rmean = tau)</c>.</summary>
public sealed record RestrictedMeanResult
{
    /// <summary>The horizon.</summary>
    public required double Tau { get; init; }

    /// <summary>Per group, in level order.</summary>
    public required IReadOnlyList<RestrictedMeanGroup> Groups { get; init; }

    /// <summary>Difference of the second group minus the first; null unless there are exactly two groups.</summary>
    public RestrictedMeanDifference? Difference { get; init; }
}

/// <summary>One group's restricted mean.</summary>
public sealed record RestrictedMeanGroup
{
    /// <summary>Level label.</summary>
    public required string Level { get; init; }

    /// <summary>Restricted mean survival time.</summary>
    public required double Estimate { get; init; }

    /// <summary>Its standard error.</summary>
    public required double StdErr { get; init; }

    /// <summary>Lower Wald limit.</summary>
    public required double Lower { get; init; }

    /// <summary>Upper Wald limit.</summary>
    public required double Upper { get; init; }
}

/// <summary>Difference of two restricted means with a Wald interval and p value.</summary>
public sealed record RestrictedMeanDifference
{
    /// <summary>Second group's mean minus the first's.</summary>
    public required double Estimate { get; init; }

    /// <summary>Standard error of the difference.</summary>
    public required double StdErr { get; init; }

    /// <summary>Lower Wald limit.</summary>
    public required double Lower { get; init; }

    /// <summary>Upper Wald limit.</summary>
    public required double Upper { get; init; }

    /// <summary>Two-sided Wald p value; null when the difference has no variance.</summary>
    public double? P { get; init; }
}

/// <summary>
/// The table under a Kaplan-Meier figure: numbers at risk (and optionally cumulative events and
/// censored) at fixed times, which are also the figure's x-axis ticks.
/// </summary>
public sealed record RiskTable
{
    /// <summary>The times, ascending, starting at 0.</summary>
    public required IReadOnlyList<double> Times { get; init; }

    /// <summary>One row per curve, in level order.</summary>
    public required IReadOnlyList<RiskTableRow> Groups { get; init; }
}

/// <summary>One curve's row of the risk table.</summary>
public sealed record RiskTableRow
{
    /// <summary>Level label.</summary>
    public required string Level { get; init; }

    /// <summary>At risk at each time (rows with time greater than or equal to it).</summary>
    public required IReadOnlyList<int> NRisk { get; init; }

    /// <summary>Events up to and including each time.</summary>
    public required IReadOnlyList<int> CumulativeEvents { get; init; }

    /// <summary>Censored up to and including each time.</summary>
    public required IReadOnlyList<int> CumulativeCensored { get; init; }
}

/// <summary>How a Kaplan-Meier figure is drawn.</summary>
public sealed record KaplanMeierDisplay
{
    /// <summary>Shade the confidence band of each curve.</summary>
    public bool ConfidenceBands { get; init; }

    /// <summary>Draw dashed lines at the medians.</summary>
    public bool MedianLines { get; init; }

    /// <summary>Add cumulative events and censored rows to the risk table (KMunicate style).</summary>
    public bool CumulativeCounts { get; init; }

    /// <summary>Show survival as a percentage (0-100) rather than a probability.</summary>
    public bool Percent { get; init; }

    /// <summary>Legend title, e.g. the grouping variable's label.</summary>
    public string? LegendTitle { get; init; }

    /// <summary>Right end of the x axis; null to end at the last risk-table time.</summary>
    public double? XMax { get; init; }
}
