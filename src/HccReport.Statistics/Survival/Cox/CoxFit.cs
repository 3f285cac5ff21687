namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// A fitted Cox proportional hazards model: what R's <c>summary(coxph(...))</c> prints, plus the information
/// a reader needs to judge it (iterations, convergence, dropped and infinite coefficients, warnings).
/// </summary>
/// <remarks>
/// The model is λ(t | x) = λ₀ₛ(t) exp(x'β) with an unspecified baseline hazard λ₀ₛ per stratum s; β maximises
/// the log partial likelihood (Efron or Breslow for ties, see <see cref="CoxTies"/>).
/// </remarks>
public sealed record CoxFit
{
    /// <summary>The options the model was fitted with.</summary>
    public required CoxOptions Options { get; init; }

    /// <summary>One entry per covariate column, in the order given.</summary>
    public required IReadOnlyList<CoxCoefficient> Coefficients { get; init; }

    /// <summary>
    /// Inverse information at the estimate (R's <c>vcov(fit)</c>), p × p in column order; rows and columns of
    /// aliased coefficients are null.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<double?>> Covariance { get; init; }

    /// <summary>Number of observations used.</summary>
    public required int N { get; init; }

    /// <summary>Number of events.</summary>
    public required int Events { get; init; }

    /// <summary>Log partial likelihood at β = 0 (R's <c>fit$loglik[1]</c>).</summary>
    public required double LogLikelihoodNull { get; init; }

    /// <summary>Log partial likelihood at the estimate (R's <c>fit$loglik[2]</c>).</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>
    /// Likelihood-ratio test of all coefficients, 2(ℓ(β̂) − ℓ(0)) on the number of estimable coefficients;
    /// null when there is none.
    /// </summary>
    public required CoxModelTest? LikelihoodRatioTest { get; init; }

    /// <summary>Wald test β̂' Var⁻¹ β̂ over the estimable coefficients; null when there is none.</summary>
    public required CoxModelTest? WaldTest { get; init; }

    /// <summary>
    /// Score (log-rank) test U(0)' I(0)⁻¹ U(0) at β = 0 (R's <c>fit$score</c>, SPSS's "Overall (score)");
    /// null when there is no estimable coefficient.
    /// </summary>
    public required CoxModelTest? ScoreTest { get; init; }

    /// <summary>Harrell's concordance of the linear predictor, as R's <c>fit$concordance</c>.</summary>
    public required CoxConcordance Concordance { get; init; }

    /// <summary>
    /// Newton-Raphson iterations used (R's <c>fit$iter</c>; when the limit is reached this is the limit,
    /// where R reports the limit plus one).
    /// </summary>
    public required int Iterations { get; init; }

    /// <summary>Whether the stopping rule of <see cref="CoxOptions.Convergence"/> was met within the iteration limit.</summary>
    public required bool Converged { get; init; }

    /// <summary>
    /// Whether the likelihood is monotone in some coefficient (one or more hazard ratios are infinite or zero);
    /// see the coefficients with status <see cref="CoxCoefficientStatus.Infinite"/> and <see cref="Warnings"/>.
    /// </summary>
    public required bool MonotoneLikelihood { get; init; }

    /// <summary>Plain-English explanations of anything a reader must know: dropped columns, infinite coefficients, non-convergence.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}
