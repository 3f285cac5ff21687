namespace HccReport.Statistics.Survival.Cox;

/// <summary>When the Newton-Raphson iterations stop, and which iterate is reported.</summary>
public enum CoxConvergence
{
    /// <summary>
    /// As R's <c>coxph</c>: stop when |1 − ℓ_old/ℓ_new| ≤ 1e-9 (<c>coxph.control(eps)</c>), reporting that iterate;
    /// at most <see cref="CoxOptions.MaxIterations"/> iterations.
    /// </summary>
    R,

    /// <summary>
    /// As SPSS COXREG: stop at the first iterate whose coefficients moved by less than BCON = 1e-4
    /// (max |Δβ|, in the covariates' own units) and report that iterate, not a fully converged one.
    /// </summary>
    Spss,
}
