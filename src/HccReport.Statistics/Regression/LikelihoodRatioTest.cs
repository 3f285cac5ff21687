namespace HccReport.Statistics.Regression;

/// <summary>
/// A likelihood-ratio chi-square test: twice the log-likelihood gain of a model over a nested one
/// (for the whole model: null deviance minus residual deviance, R's
/// <c>anova(glm0, glm1, test = "Chisq")</c>, SPSS's "Omnibus Tests of Model Coefficients").
/// </summary>
public sealed record LikelihoodRatioTest
{
    /// <summary>The chi-square statistic.</summary>
    public required double ChiSquare { get; init; }

    /// <summary>Degrees of freedom: the number of extra estimable parameters.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>P(chi-square &gt; statistic); null when there are no degrees of freedom.</summary>
    public required double? P { get; init; }
}
