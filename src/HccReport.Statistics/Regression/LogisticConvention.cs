namespace HccReport.Statistics.Regression;

/// <summary>Which program's numbers a logistic fit reproduces.</summary>
public enum LogisticConvention
{
    /// <summary>
    /// R's <c>glm(family = binomial)</c>: IRLS from mustart = (y + 0.5) / 2, stopping when the relative
    /// change in deviance falls below 1e-8 (at most 25 iterations); Wald intervals with qnorm(1 - alpha/2).
    /// </summary>
    R,

    /// <summary>
    /// SPSS LOGISTIC REGRESSION: Newton-Raphson from all zeros (constant included), stopping at the first
    /// iterate whose largest coefficient change is below BCON = 0.001 (at most 20 iterations) and reporting
    /// that iterate; standard errors from the information at that iterate; 95% intervals with z = 1.959963985.
    /// </summary>
    Spss,
}
