namespace HccReport.Statistics.Selection;

/// <summary>The statistic a selection decision rests on; each is chi-square on the variable's number of columns.</summary>
public enum SelectionTest
{
    /// <summary>
    /// Rao's score statistic for adding the variable, evaluated at the current fit without refitting
    /// (SPSS's entry statistic; R's <c>add1(test = "Rao")</c>). Entry and screening only.
    /// </summary>
    Score,

    /// <summary>Likelihood ratio: twice the log-likelihood difference between the fits with and without the variable
    /// (R's <c>add1</c>/<c>drop1(test = "LRT")</c>; SPSS's FSTEP(LR)/BSTEP(LR) removal).</summary>
    LikelihoodRatio,

    /// <summary>Wald: b' V^-1 b of the variable's coefficients in the fit that contains it (SPSS's FSTEP(WALD) removal).</summary>
    Wald,

    /// <summary>
    /// Conditional likelihood ratio, our reading of SPSS's FSTEP(COND) removal statistic (the exact SPSS formula
    /// is not documented; see docs/selection.md): the likelihood ratio at the one-step "conditional" estimates
    /// of the reduced model, b_R - V_RK V_KK^-1 b_K (Lawless and Singhal 1978), without refitting.
    /// Removal only, and only for models that implement <see cref="IConditionalRemoval"/>.
    /// </summary>
    Conditional,
}
