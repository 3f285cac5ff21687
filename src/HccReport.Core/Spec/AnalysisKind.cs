namespace HccReport.Core.Spec;

/// <summary>The kind of an analysis (spec key <c>kind</c>).</summary>
public enum AnalysisKind
{
    /// <summary><c>km</c>: Kaplan-Meier curves, log-rank test, landmarks.</summary>
    KaplanMeier,

    /// <summary><c>cox</c>: Cox proportional hazards, univariate and multivariable.</summary>
    Cox,

    /// <summary><c>logistic</c>: logistic regression, univariate and multivariable.</summary>
    Logistic,

    /// <summary><c>baseline</c>: baseline characteristics table by group.</summary>
    Baseline,

    /// <summary><c>subgroup</c>: hazard ratio of a comparison within subgroups (forest plot).</summary>
    Subgroup,
}
