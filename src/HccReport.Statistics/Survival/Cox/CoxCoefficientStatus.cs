namespace HccReport.Statistics.Survival.Cox;

/// <summary>Whether a Cox coefficient could be estimated.</summary>
public enum CoxCoefficientStatus
{
    /// <summary>A finite estimate with its standard error, hazard ratio, interval and Wald test.</summary>
    Estimated,

    /// <summary>
    /// The column is a linear combination of earlier columns (or constant) and was dropped, as R's <c>coxph</c>
    /// reports coefficient NA. Every value of the coefficient is null.
    /// </summary>
    Aliased,

    /// <summary>
    /// Monotone likelihood: the partial likelihood keeps rising as this coefficient runs to ±∞, so the hazard
    /// ratio is infinite or zero (R warns "Loglik converged before variable ...; coefficient may be infinite").
    /// The estimate and standard error are where the iterations stopped; hazard ratio, interval, z and p are null.
    /// </summary>
    Infinite,
}
