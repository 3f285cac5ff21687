using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Runtime.CompilerServices;
using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Cox proportional hazards regression for right-censored data, matching R's
/// <c>coxph(Surv(time, status) ~ x1 + ... + strata(s), ties = "efron")</c> (survival 3.5-3) to rounding error.
/// </summary>
/// <remarks>
/// <para>
/// Model: λ(t | x) = λ₀ₛ(t) exp(x'β), with a separate baseline hazard λ₀ₛ for each stratum s. β maximises the log
/// partial likelihood ℓ(β) = Σ_events [ x_i'β − log Σ_{j ∈ R(t_i)} exp(x_j'β) ] (Efron's or Breslow's correction for
/// tied event times) by Newton-Raphson from β = 0, with R's step-halving (see <see cref="CoxOptions"/>).
/// </para>
/// <para>
/// Outputs and their R counterparts: coefficients, SE = sqrt(diag I(β̂)⁻¹), exp(coef), Wald z and p, intervals
/// exp(β ± z·SE) as <c>summary(fit)</c>; ℓ(0) and ℓ(β̂) as <c>fit$loglik</c>; likelihood-ratio, Wald and score tests
/// as <c>summary(fit)$logtest</c>, <c>$waldtest</c>, <c>$sctest</c>; concordance as <c>fit$concordance</c>.
/// A collinear column is dropped (R: coefficient NA) and a coefficient running to infinity is flagged (R: warning
/// "Loglik converged before variable ..."): both come back in the result with an explanation, never as exceptions.
/// </para>
/// <para>
/// Cost: one O(n log n) sort, then O(n p²) per iteration, and O(n log n) for the concordance.
/// </para>
/// </remarks>
public static class CoxRegression
{
    /// <summary>|β_j| times the mean absolute deviation of column j beyond which a non-converged coefficient counts as diverging.</summary>
    private const double DivergedScaledCoefficient = 10;

    /// <summary>Fits the Cox model.</summary>
    /// <param name="time">Follow-up time of each observation (finite).</param>
    /// <param name="status">Whether the observation ended in the event (true) or was censored (false).</param>
    /// <param name="covariates">Design matrix, n rows by p columns (finite); categorical variables as dummy columns.</param>
    /// <param name="columnNames">A name for each of the p columns.</param>
    /// <param name="options">Ties, stopping rule, interval level; R's defaults when null.</param>
    /// <param name="strata">Optional stratum of each observation (R's <c>strata()</c>): separate baseline hazards.</param>
    /// <exception cref="ArgumentException">Lengths disagree, a value is not finite, or there is no observation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not in (0, 1) or the iteration limit is negative.</exception>
    public static CoxFit Fit(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        double[,] covariates,
        IReadOnlyList<string> columnNames,
        CoxOptions? options = null,
        IReadOnlyList<int>? strata = null)
    {
        options ??= CoxOptions.Default;
        var (riskSets, design) = Prepare(time, status, covariates, columnNames, options, strata);
        return FitSorted(riskSets, design, columnNames, options);
    }

    /// <summary>
    /// Checks the arguments, sorts the rows into risk sets and puts the covariates in that order, centred and scaled.
    /// On large data the covariates are checked and measured while the times are sorted: neither needs the other.
    /// </summary>
    internal static (CoxRiskSets RiskSets, CoxDesign Design) Prepare(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        double[,] covariates,
        IReadOnlyList<string> columnNames,
        CoxOptions options,
        IReadOnlyList<int>? strata)
    {
        CheckShapes(time, status, covariates, columnNames, options, strata);
        CoxRiskSets? riskSets = null;
        ColumnScaling? scaling = null;
        if (!CoxDesign.OnTwoThreads((long)time.Count * covariates.GetLength(1)))
        {
            scaling = ColumnScaling.Measure(covariates);
            CheckFinite(scaling.FirstNonFinite, covariates, columnNames);
            riskSets = CoxRiskSets.Create(time, status, strata);
        }
        else
        {
            try
            {
                Parallel.Invoke(() => riskSets = CoxRiskSets.Create(time, status, strata), () => scaling = ColumnScaling.Measure(covariates));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
            CheckFinite(scaling!.FirstNonFinite, covariates, columnNames);
        }
        return (riskSets!, CoxDesign.Create(covariates, riskSets!.Order, scaling!));
    }

    /// <summary>Throws for the non-finite value at row-major index <paramref name="firstNonFinite"/> (none when −1).</summary>
    private static void CheckFinite(long firstNonFinite, double[,] covariates, IReadOnlyList<string> columnNames)
    {
        if (firstNonFinite < 0) return;
        var (row, column) = Math.DivRem(firstNonFinite, covariates.GetLength(1));
        var value = CoxDesign.Flat(covariates)[(int)firstNonFinite];
        throw new ArgumentException($"Covariate {columnNames[(int)column]} at row {row} is {value}; only finite values are allowed.", nameof(covariates));
    }

    internal static void CheckArguments(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        double[,] covariates,
        IReadOnlyList<string> columnNames,
        CoxOptions options,
        IReadOnlyList<int>? strata)
    {
        CheckShapes(time, status, covariates, columnNames, options, strata);
        CheckFinite(ColumnScaling.FirstNonFiniteIndex(CoxDesign.Flat(covariates)), covariates, columnNames);
    }

    private static void CheckShapes(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        double[,] covariates,
        IReadOnlyList<string> columnNames,
        CoxOptions options,
        IReadOnlyList<int>? strata)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(options);
        Preconditions.CheckNotEmpty(time, nameof(time));
        Preconditions.CheckFinite(time, nameof(time));
        Preconditions.CheckSameLength(time.Count, status.Count, nameof(status));
        Preconditions.CheckSameLength(time.Count, covariates.GetLength(0), nameof(covariates));
        Preconditions.CheckSameLength(covariates.GetLength(1), columnNames.Count, nameof(columnNames));
        if (strata is not null) Preconditions.CheckSameLength(time.Count, strata.Count, nameof(strata));
        Preconditions.CheckProbability(options.ConfidenceLevel, nameof(options.ConfidenceLevel));
        if (options.MaxIterations < 0)
            throw new ArgumentOutOfRangeException(nameof(options.MaxIterations), options.MaxIterations, "The iteration limit cannot be negative.");
    }

    /// <summary>The fit on data already sorted and centred; shared with <see cref="CoxSelectableModel"/>.</summary>
    internal static CoxFit FitSorted(CoxRiskSets riskSets, CoxDesign design, IReadOnlyList<string> names, CoxOptions options)
    {
        var p = design.Columns;
        var warnings = new List<string>();
        var noEvents = riskSets.Events == 0;
        var runOptions = noEvents ? options with { MaxIterations = 0 } : options;
        var likelihood = new CoxLikelihood(riskSets, design, options.Ties);
        var result = CoxNewtonRaphson.Run(likelihood, design, runOptions, new double[p]);

        var aliased = new bool[p];
        for (var j = 0; j < p; j++) aliased[j] = noEvents || result.Variance[j * p + j] == 0;

        var eta = LinearPredictor(design, result.Beta);
        var infinite = InfiniteCoefficients(riskSets, design, options, result, aliased, eta, out var suspected);

        if (noEvents)
            warnings.Add("There are no events, so no coefficient can be estimated.");
        for (var j = 0; j < p; j++)
        {
            if (aliased[j] && !noEvents)
                warnings.Add($"{names[j]} was dropped: it is constant or a linear combination of the columns before it (collinear), so its coefficient cannot be estimated (R reports NA).");
        }
        for (var j = 0; j < p; j++)
        {
            if (!infinite[j]) continue;
            var direction = result.Beta[j] > 0 ? "+infinity" : "-infinity";
            var ratio = result.Beta[j] > 0 ? "infinite" : "zero";
            var inR = result.Converged
                ? $" R warns: \"Loglik converged before variable {j + 1}; coefficient may be infinite.\""
                : "";
            warnings.Add($"The coefficient of {names[j]} runs to {direction} (monotone likelihood, typically a group with no events, or whose events all come before anyone else's): its hazard ratio is {ratio}, so it is not reported, and its estimate and standard error are not meaningful.{inR}");
        }
        if (!result.Converged && !noEvents)
        {
            var rule = options.Convergence == CoxConvergence.R
                ? "the relative change of the log partial likelihood did not fall below 1e-9"
                : "the coefficients still changed by 1e-4 or more";
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"The estimates did not converge in {options.MaxIterations} iterations ({rule}); the results are those of the last iteration that improved the likelihood and may be unreliable."));
            if (suspected)
                warnings.Add("One or more coefficients may be infinite (monotone likelihood).");
        }

        var z = NormalDistribution.TwoSidedCritical(options.ConfidenceLevel);
        var coefficients = new CoxCoefficient[p];
        for (var j = 0; j < p; j++) coefficients[j] = Coefficient(names[j], result, j, aliased[j], infinite[j], z);

        var estimable = 0;
        for (var j = 0; j < p; j++) if (!aliased[j]) estimable++;

        return new CoxFit
        {
            Options = options,
            Coefficients = coefficients,
            Covariance = Covariance(result.Variance, p, aliased),
            N = riskSets.Count,
            Events = riskSets.Events,
            LogLikelihoodNull = result.LogLikelihoodInitial,
            LogLikelihood = result.LogLikelihood,
            LikelihoodRatioTest = estimable == 0 ? null : Test(2 * (result.LogLikelihood - result.LogLikelihoodInitial), estimable),
            WaldTest = estimable == 0 ? null : Test(WaldStatistic(result, aliased), estimable),
            ScoreTest = estimable == 0 ? null : Test(result.ScoreTest, estimable),
            Concordance = HarrellConcordance.Compute(riskSets, eta),
            Iterations = result.Iterations,
            Converged = result.Converged || noEvents,
            MonotoneLikelihood = Array.IndexOf(infinite, true) >= 0 || suspected,
            Warnings = warnings,
        };
    }

    /// <summary>η = (x − mean)'β in processing order: R's <c>fit$linear.predictors</c> (exactly equal rows give exactly equal η).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double[] LinearPredictor(CoxDesign design, double[] beta)
    {
        var p = design.Columns;
        var n = design.Rows;
        var betaScaled = new double[p];
        for (var j = 0; j < p; j++) betaScaled[j] = beta[j] / design.Scales[j];
        var eta = GC.AllocateUninitializedArray<double>(n);
        var x = design.X;
        for (var k = 0; k < n; k++)
        {
            double sum = 0;
            for (var j = 0; j < p; j++) sum += x[k * p + j] * betaScaled[j];
            eta[k] = sum;
        }
        return eta;
    }

    /// <summary>
    /// R's rule (coxph.fit): after convergence, coefficient j is infinite when the next Newton step
    /// |(U'Var)_j| is above eps and above toler.inf·|β_j|, or its score is not finite. Without convergence R can only
    /// say that some coefficient may be infinite (max η &gt; 500 or a non-finite step): <paramref name="suspected"/>;
    /// we also flag a coefficient that is large and still moving away from 0.
    /// The SPSS rule stops on small coefficient changes, which a diverging coefficient never has; when it fails,
    /// the coefficients R's rule would flag are flagged.
    /// </summary>
    private static bool[] InfiniteCoefficients(CoxRiskSets riskSets, CoxDesign design, CoxOptions options,
        CoxIterationResult result, bool[] aliased, double[] eta, out bool suspected)
    {
        var p = design.Columns;
        var infinite = new bool[p];
        suspected = false;
        if (riskSets.Events == 0 || p == 0 || options.MaxIterations <= 1) return infinite;

        if (options.Convergence == CoxConvergence.Spss)
        {
            if (result.Converged) return infinite;
            var asR = FitSorted(riskSets, design, Enumerable.Repeat("", p).ToArray(), options with { Convergence = CoxConvergence.R });
            for (var j = 0; j < p; j++) infinite[j] = asR.Coefficients[j].Status == CoxCoefficientStatus.Infinite;
            suspected = asR.MonotoneLikelihood && Array.IndexOf(infinite, true) < 0;
            return infinite;
        }

        // The Newton step that would come next, (Var U)_j.
        var next = new double[p];
        var anyNonFinite = false;
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < p; k++) next[j] += result.Score[k] * result.Variance[k * p + j];
            anyNonFinite |= !double.IsFinite(next[j]);
        }

        if (!result.Converged)
        {
            // R only warns that some coefficient may be infinite. A coefficient still moving away from 0 at the
            // iteration limit and already beyond 10 per mean absolute deviation of its column (a hazard ratio beyond
            // e^10 across a typical spread of the covariate) is running to infinity: flag it so that its hazard
            // ratio is not reported.
            var flagged = false;
            for (var j = 0; j < p; j++)
            {
                if (aliased[j]) continue;
                infinite[j] = next[j] * result.Beta[j] > 0 && Math.Abs(result.Beta[j] / design.Scales[j]) > DivergedScaledCoefficient;
                flagged |= infinite[j];
            }
            var maxEta = double.NegativeInfinity;
            foreach (var e in eta) maxEta = Math.Max(maxEta, e);
            suspected = !flagged && (maxEta > 500 || anyNonFinite);
            return infinite;
        }

        for (var j = 0; j < p; j++)
        {
            if (aliased[j]) continue;
            var step = Math.Abs(next[j]);
            infinite[j] = !double.IsFinite(result.Score[j])
                || (step > CoxOptions.LogLikelihoodTolerance && step > CoxOptions.InfiniteCoefficientTolerance * Math.Abs(result.Beta[j]));
        }
        return infinite;
    }

    private static CoxCoefficient Coefficient(string name, CoxIterationResult result, int j, bool aliased, bool infinite, double z)
    {
        var p = result.Beta.Length;
        if (aliased)
        {
            return new CoxCoefficient
            {
                Name = name, Status = CoxCoefficientStatus.Aliased,
                Estimate = null, StdError = null, HazardRatio = null, Lower = null, Upper = null, Z = null, P = null,
            };
        }
        var b = result.Beta[j];
        var se = Math.Sqrt(result.Variance[j * p + j]);
        if (infinite)
        {
            return new CoxCoefficient
            {
                Name = name, Status = CoxCoefficientStatus.Infinite,
                Estimate = b, StdError = se, HazardRatio = null, Lower = null, Upper = null, Z = null, P = null,
            };
        }
        var zValue = b / se;
        return new CoxCoefficient
        {
            Name = name,
            Status = CoxCoefficientStatus.Estimated,
            Estimate = b,
            StdError = se,
            HazardRatio = Math.Exp(b),
            Lower = Math.Exp(b - z * se),
            Upper = Math.Exp(b + z * se),
            Z = zValue,
            P = ChiSquareDistribution.UpperTail(zValue * zValue, 1),
        };
    }

    /// <summary>R's coxph.wtest: β' Var⁻¹ β over the estimable coefficients, Var inverted by the same tolerant factorisation.</summary>
    private static double WaldStatistic(CoxIterationResult result, bool[] aliased)
    {
        var p = result.Beta.Length;
        var keep = new List<int>(p);
        for (var j = 0; j < p; j++) if (!aliased[j]) keep.Add(j);
        var q = keep.Count;
        var v = new double[q * q];
        var b = new double[q];
        for (var i = 0; i < q; i++)
        {
            b[i] = result.Beta[keep[i]];
            for (var k = 0; k < q; k++) v[i * q + k] = result.Variance[keep[i] * p + keep[k]];
        }
        LdlDecomposition.Factor(v, q, CoxOptions.CholeskyTolerance);
        var solved = (double[])b.Clone();
        LdlDecomposition.Solve(v, q, solved);
        double sum = 0;
        for (var i = 0; i < q; i++) sum += b[i] * solved[i];
        return sum;
    }

    private static CoxModelTest Test(double statistic, int df) => new()
    {
        Statistic = statistic,
        Df = df,
        P = ChiSquareDistribution.UpperTail(statistic, df),
    };

    private static IReadOnlyList<IReadOnlyList<double?>> Covariance(double[] variance, int p, bool[] aliased)
    {
        var rows = new IReadOnlyList<double?>[p];
        for (var i = 0; i < p; i++)
        {
            var row = new double?[p];
            for (var j = 0; j < p; j++) row[j] = aliased[i] || aliased[j] ? null : variance[i * p + j];
            rows[i] = row;
        }
        return rows;
    }
}
