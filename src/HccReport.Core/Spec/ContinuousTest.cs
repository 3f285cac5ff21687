namespace HccReport.Core.Spec;

/// <summary>Test of continuous baseline rows (baseline <c>continuous_test</c>); default Wilcoxon for two groups, Kruskal-Wallis for more.</summary>
public enum ContinuousTest
{
    /// <summary><c>wilcoxon</c>: Wilcoxon rank-sum (two groups).</summary>
    Wilcoxon,

    /// <summary><c>t</c>: Welch t test (two groups).</summary>
    T,

    /// <summary><c>kruskal</c>: Kruskal-Wallis.</summary>
    Kruskal,

    /// <summary><c>anova</c>: one-way ANOVA.</summary>
    Anova,
}
