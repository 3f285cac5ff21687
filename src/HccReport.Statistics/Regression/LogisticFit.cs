using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Regression;

/// <summary>
/// A fitted logistic regression, logit P(y = 1) = b0 + x'b. Names follow R's <c>summary.glm</c>;
/// SPSS's names are given where they differ.
/// </summary>
public sealed record LogisticFit
{
    /// <summary>The intercept (SPSS: Constant).</summary>
    public required LogisticCoefficient Intercept { get; init; }

    /// <summary>One coefficient per design column, in the caller's column order.</summary>
    public required IReadOnlyList<LogisticCoefficient> Terms { get; init; }

    /// <summary>
    /// Covariance of the estimates, inverse information at the fit (R's <c>vcov</c>), over
    /// [intercept, terms...] in that order; rows and columns of aliased terms are null.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<double?>> Covariance { get; init; }

    /// <summary>Number of observations.</summary>
    public required int N { get; init; }

    /// <summary>Number of observations with y = 1.</summary>
    public required int Events { get; init; }

    /// <summary>Residual deviance, -2 log-likelihood for 0/1 data (SPSS: "-2 Log likelihood").</summary>
    public required double Deviance { get; init; }

    /// <summary>Deviance of the intercept-only model.</summary>
    public required double NullDeviance { get; init; }

    /// <summary>Log-likelihood, R's <c>logLik</c>.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>Akaike's criterion, deviance + 2 x rank for 0/1 data.</summary>
    public required double Aic { get; init; }

    /// <summary>Number of estimable parameters, the intercept included.</summary>
    public required int Rank { get; init; }

    /// <summary>n - rank.</summary>
    public required int ResidualDegreesOfFreedom { get; init; }

    /// <summary>n - 1.</summary>
    public required int NullDegreesOfFreedom { get; init; }

    /// <summary>Likelihood-ratio test of the model against the intercept-only model.</summary>
    public required LikelihoodRatioTest LikelihoodRatio { get; init; }

    /// <summary>Cox and Snell R^2 = 1 - exp(-LR / n), as SPSS's Model Summary.</summary>
    public required double CoxSnellR2 { get; init; }

    /// <summary>Nagelkerke R^2 = Cox-Snell / (1 - exp(-null deviance / n)), as SPSS's Model Summary.</summary>
    public required double NagelkerkeR2 { get; init; }

    /// <summary>Iterations used (R: <c>fit$iter</c>; SPSS: the reported iterate).</summary>
    public required int Iterations { get; init; }

    /// <summary>Whether the stopping rule was met within the iteration limit.</summary>
    public required bool Converged { get; init; }

    /// <summary>
    /// R's warning condition "fitted probabilities numerically 0 or 1 occurred": some fitted probability
    /// is within 10 x DBL_EPSILON of 0 or 1.
    /// </summary>
    public required bool FittedProbabilitiesAtBoundary { get; init; }

    /// <summary>Separation check.</summary>
    public required LogisticSeparation Separation { get; init; }

    /// <summary>Estimation convention used.</summary>
    public required LogisticConvention Convention { get; init; }

    /// <summary>Interval method used for <see cref="LogisticCoefficient.Lower"/> and <see cref="LogisticCoefficient.Upper"/>.</summary>
    public required LogisticIntervalMethod IntervalMethod { get; init; }

    /// <summary>Confidence level of the intervals.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>Plain-language notes on the fit: aliased columns, non-convergence, separation, intervals that do not exist.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>
    /// Joint Wald test that the coefficients of these terms are all zero, b' V^-1 b on k df (SPSS's Wald row of
    /// a categorical variable; R's <c>aod::wald.test</c>). Aliased terms are skipped; null when none is estimable.
    /// </summary>
    /// <param name="termIndices">Indices into <see cref="Terms"/>.</param>
    public WaldTest? JointWald(IReadOnlyList<int> termIndices)
    {
        ArgumentNullException.ThrowIfNull(termIndices);
        var idx = new List<int>();
        foreach (var t in termIndices)
        {
            if (t < 0 || t >= Terms.Count)
                throw new ArgumentOutOfRangeException(nameof(termIndices), t, $"Term index must be in [0, {Terms.Count}).");
            if (!Terms[t].Aliased && !idx.Contains(t + 1)) idx.Add(t + 1);
        }
        if (idx.Count == 0) return null;

        var k = idx.Count;
        var v = new double[k, k];
        var b = new double[k];
        for (var i = 0; i < k; i++)
        {
            b[i] = Terms[idx[i] - 1].Estimate!.Value;
            for (var j = 0; j < k; j++) v[i, j] = Covariance[idx[i]][idx[j]]!.Value;
        }
        var solved = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(v)
            .Cholesky().Solve(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(b));
        var chi = 0.0;
        for (var i = 0; i < k; i++) chi += b[i] * solved[i];
        return new WaldTest { ChiSquare = chi, DegreesOfFreedom = k, P = ChiSquareDistribution.UpperTail(chi, k) };
    }
}
