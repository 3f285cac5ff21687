namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// What <see cref="CoxNewtonRaphson"/> hands back, on the covariates' own scale: the estimate, the score and
/// the inverse information there (zero rows and columns for collinear columns), ℓ at the start and at the
/// estimate, the score test U'I⁻¹U at the start, the iteration count and the rank of the final information.
/// </summary>
internal sealed record CoxIterationResult(
    double[] Beta,
    double[] Score,
    double[] Variance,
    double LogLikelihoodInitial,
    double LogLikelihood,
    double ScoreTest,
    int Iterations,
    bool Converged,
    int Rank);
