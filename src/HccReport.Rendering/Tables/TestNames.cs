namespace HccReport.Rendering.Tables;

/// <summary>Names of the baseline tests as a methods section writes them.</summary>
internal static class TestNames
{
    /// <summary>The test's name for a results.json test code, e.g. "Pearson's chi-square test" for <c>chisq</c>.</summary>
    public static string Of(string code) =>
        code switch
        {
            "chisq" => "Pearson's chi-square test without continuity correction",
            "fisher" => "Fisher's exact test",
            "wilcoxon" => "Wilcoxon rank-sum test",
            "kruskal" => "Kruskal-Wallis test",
            "t" => "Welch's t test",
            "anova" => "one-way analysis of variance",
            _ => code,
        };
}
