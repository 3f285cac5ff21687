namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Newton-Raphson maximisation of the partial likelihood with R's step-halving (R survival's <c>coxfit6</c>).
/// </summary>
/// <remarks>
/// <para>
/// From β₀ (0 unless given) each step solves I(β) δ = U(β). If the new log-likelihood is not finite or is lower
/// than the best so far (by more than rounding), the step is pulled back towards the last accepted β: with h consecutive failures the
/// trial point becomes (β_trial + h β)/(h + 1), so the pull gets stronger each time. Under
/// <see cref="CoxConvergence.R"/> the iterations stop when |1 − ℓ_best/ℓ_new| ≤ 1e-9; under
/// <see cref="CoxConvergence.Spss"/> at the first accepted iterate whose coefficients moved by less than 1e-4.
/// </para>
/// <para>
/// All work is on the centred and scaled design (<see cref="CoxDesign"/>); results are returned on the
/// covariates' own scale: β = β_scaled · s, U = U_scaled / s, Var = Var_scaled · s sᵀ.
/// </para>
/// </remarks>
internal static class CoxNewtonRaphson
{
    /// <summary>Relative change of the log-likelihood below which two values differ by rounding only.</summary>
    private const double RoundingTolerance = 1e-12;

    public static CoxIterationResult Run(CoxLikelihood likelihood, CoxDesign design, CoxOptions options, ReadOnlySpan<double> initial)
    {
        var p = likelihood.Columns;
        var scale = design.Scales;
        var tolerance = CoxOptions.CholeskyTolerance;

        var beta = new double[p];
        for (var j = 0; j < p; j++) beta[j] = initial[j] / scale[j];
        var score = new double[p];
        var imat = new double[p * p];
        var step = new double[p];

        var loglikInitial = likelihood.Evaluate(beta, score, imat);
        score.CopyTo(step, 0);
        var rank = LdlDecomposition.Factor(imat, p, tolerance);
        LdlDecomposition.Solve(imat, p, step);
        double scoreTest = 0;
        for (var j = 0; j < p; j++) scoreTest += score[j] * step[j];

        if (options.MaxIterations == 0 || !double.IsFinite(loglikInitial) || p == 0)
        {
            LdlDecomposition.Invert(imat, p);
            return Result(beta, score, imat, scale, loglikInitial, loglikInitial, scoreTest, 0,
                converged: double.IsFinite(loglikInitial), rank);
        }

        var best = loglikInitial;
        var trial = new double[p];
        for (var j = 0; j < p; j++) trial[j] = beta[j] + step[j];
        var halving = 0;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            var loglik = likelihood.Evaluate(trial, score, imat);
            rank = LdlDecomposition.Factor(imat, p, tolerance);
            var finite = double.IsFinite(loglik) && AllFinite(score) && AllFinite(imat);

            if (finite && options.Convergence == CoxConvergence.R && Math.Abs(1 - best / loglik) <= CoxOptions.LogLikelihoodTolerance)
            {
                LdlDecomposition.Invert(imat, p);
                return Result(trial, score, imat, scale, loglikInitial, loglik, scoreTest, iteration, converged: true, rank);
            }

            // A fall of the log-likelihood within rounding of its best value is noise, not a failed step: at the optimum,
            // the risk-set sums taken in another row order move it by a few units in the last place, and halving on
            // that noise made the SPSS iterate (which has no log-likelihood test of its own) depend on the row order.
            if (!finite || loglik < best - RoundingTolerance * Math.Abs(best))
            {
                halving++;
                for (var j = 0; j < p; j++) trial[j] = (trial[j] + halving * beta[j]) / (halving + 1.0);
                continue;
            }

            if (options.Convergence == CoxConvergence.Spss && MaxChange(trial, beta, scale) < CoxOptions.SpssCoefficientTolerance)
            {
                LdlDecomposition.Invert(imat, p);
                return Result(trial, score, imat, scale, loglikInitial, loglik, scoreTest, iteration, converged: true, rank);
            }

            halving = 0;
            best = loglik;
            score.CopyTo(step, 0);
            LdlDecomposition.Solve(imat, p, step);
            for (var j = 0; j < p; j++)
            {
                beta[j] = trial[j];
                trial[j] += step[j];
            }
        }

        // Out of iterations: report the last accepted iterate with its own score and full inverse information.
        // (R's coxfit6 returns diag(1 / I_jj) here, without the off-diagonal terms; see docs/cox-methods.md.)
        var last = likelihood.Evaluate(beta, score, imat);
        rank = LdlDecomposition.Factor(imat, p, tolerance);
        LdlDecomposition.Invert(imat, p);
        return Result(beta, score, imat, scale, loglikInitial, last, scoreTest, options.MaxIterations, converged: false, rank);
    }

    private static bool AllFinite(double[] values)
    {
        foreach (var v in values)
            if (!double.IsFinite(v)) return false;
        return true;
    }

    private static double MaxChange(double[] trial, double[] beta, double[] scale)
    {
        double max = 0;
        for (var j = 0; j < trial.Length; j++) max = Math.Max(max, Math.Abs((trial[j] - beta[j]) * scale[j]));
        return max;
    }

    private static CoxIterationResult Result(double[] betaScaled, double[] scoreScaled, double[] inverseScaled, double[] scale,
        double loglikInitial, double loglik, double scoreTest, int iterations, bool converged, int rank)
    {
        var p = scale.Length;
        var beta = new double[p];
        var score = new double[p];
        var variance = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            beta[i] = betaScaled[i] * scale[i];
            score[i] = scoreScaled[i] / scale[i];
            for (var j = 0; j < p; j++) variance[i * p + j] = inverseScaled[i * p + j] * scale[i] * scale[j];
        }
        return new CoxIterationResult(beta, score, variance, loglikInitial, loglik, scoreTest, iterations, converged, rank);
    }
}
