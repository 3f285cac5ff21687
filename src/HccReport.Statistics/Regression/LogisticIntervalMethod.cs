namespace HccReport.Statistics.Regression;

/// <summary>How confidence intervals of logistic coefficients (and odds ratios) are computed.</summary>
public enum LogisticIntervalMethod
{
    /// <summary>beta ± z SE, as R's <c>confint.default</c> and SPSS's "C.I. for EXP(B)".</summary>
    Wald,

    /// <summary>
    /// Profile likelihood, as R 4.2's <c>confint()</c> on a glm (MASS's <c>profile.glm</c> and
    /// <c>confint.profile.glm</c>; R 4.4 moved the same code into stats): the deviance is profiled in up to
    /// nine steps of size zmax/5 standard errors on each side, zmax = sqrt(qchisq(1 - (1 - level)/4, 1)),
    /// a "fmm" interpolating spline is fitted to the signed root deviance, and the interval is read off by
    /// linear interpolation at qnorm((1 ± level)/2).
    /// </summary>
    Profile,
}
