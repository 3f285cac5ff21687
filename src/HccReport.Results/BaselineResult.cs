namespace HccReport.Results;

/// <summary>A baseline-characteristics table ("Table 1"): one row per variable, one column per group.</summary>
public sealed record BaselineResult : AnalysisResult
{
    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override string Kind => "baseline";

    /// <summary>Column whose levels are the table's columns.</summary>
    public required string By { get; init; }

    /// <summary>The groups in level order.</summary>
    public required IReadOnlyList<FlowGroup> Groups { get; init; }

    /// <summary>Rows in the table (all groups).</summary>
    public required int Overall { get; init; }

    /// <summary>Whether an overall column is shown.</summary>
    public bool ShowOverall { get; init; }

    /// <summary><c>odds_ratio</c> when each binary row carries the odds of belonging to the first group; null otherwise.</summary>
    public string? Effect { get; init; }

    /// <summary>How continuous rows are summarised: <c>mean_sd</c> or <c>median_iqr</c>.</summary>
    public string ContinuousSummary { get; init; } = "median_iqr";

    /// <summary>The rows in spec order.</summary>
    public required IReadOnlyList<BaselineRow> Rows { get; init; }
}

/// <summary>One variable of a baseline table.</summary>
public sealed record BaselineRow
{
    /// <summary>Column or derived variable name.</summary>
    public required string Variable { get; init; }

    /// <summary>Display label.</summary>
    public required string Label { get; init; }

    /// <summary><c>binary</c>, <c>categorical</c> or <c>continuous</c>.</summary>
    public required string Type { get; init; }

    /// <summary><c>chisq</c>, <c>fisher</c>, <c>wilcoxon</c>, <c>kruskal</c>, <c>t</c> or <c>anova</c>; null when no test was possible.</summary>
    public string? Test { get; init; }

    /// <summary>The test statistic; null for Fisher's exact test.</summary>
    public double? Statistic { get; init; }

    /// <summary>Degrees of freedom of the statistic, where it has them.</summary>
    public double? Df { get; init; }

    /// <summary>P value; null when no test was possible.</summary>
    public double? P { get; init; }

    /// <summary>
    /// For binary and categorical rows, one entry per level shown (a binary row shows its "yes" level only).
    /// Empty for continuous rows.
    /// </summary>
    public IReadOnlyList<BaselineLevel> Levels { get; init; } = [];

    /// <summary>For continuous rows, one summary per group in level order.</summary>
    public IReadOnlyList<ContinuousSummary> Summaries { get; init; } = [];

    /// <summary>For continuous rows with an overall column, the overall summary.</summary>
    public ContinuousSummary? OverallSummary { get; init; }

    /// <summary>Missing values per group in level order.</summary>
    public IReadOnlyList<int> Missing { get; init; } = [];

    /// <summary>Univariate odds ratio of belonging to the first group (binary rows with <c>effect: odds_ratio</c>).</summary>
    public double? Or { get; init; }

    /// <summary>Lower Wald limit of the odds ratio.</summary>
    public double? Lower { get; init; }

    /// <summary>Upper Wald limit of the odds ratio.</summary>
    public double? Upper { get; init; }

    /// <summary>Wald p value of the odds ratio.</summary>
    public double? OrP { get; init; }

    /// <summary>Standardised mean difference between the first two groups.</summary>
    public double? Smd { get; init; }
}

/// <summary>Counts of one level across the groups.</summary>
public sealed record BaselineLevel
{
    /// <summary>Level label.</summary>
    public required string Level { get; init; }

    /// <summary>Count per group in level order.</summary>
    public required IReadOnlyList<int> Counts { get; init; }

    /// <summary>Percent of the group's non-missing rows, per group (0-100); null for a group with no known value.</summary>
    public required IReadOnlyList<double?> Percents { get; init; }

    /// <summary>Count over all groups.</summary>
    public int? Overall { get; init; }

    /// <summary>Percent over all groups; null when no row has a known value.</summary>
    public double? OverallPercent { get; init; }
}

/// <summary>Summary of a continuous variable in one group.</summary>
public sealed record ContinuousSummary
{
    /// <summary>Non-missing values.</summary>
    public required int N { get; init; }

    /// <summary>Mean; null without values.</summary>
    public double? Mean { get; init; }

    /// <summary>Sample standard deviation.</summary>
    public double? Sd { get; init; }

    /// <summary>Median.</summary>
    public double? Median { get; init; }

    /// <summary>First quartile (R's type 7).</summary>
    public double? Q1 { get; init; }

    /// <summary>Third quartile (R's type 7).</summary>
    public double? Q3 { get; init; }

    /// <summary>Minimum.</summary>
    public double? Min { get; init; }

    /// <summary>Maximum.</summary>
    public double? Max { get; init; }
}
