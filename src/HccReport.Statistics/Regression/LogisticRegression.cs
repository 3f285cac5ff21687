using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Regression;

/// <summary>
/// Binary logistic regression, logit P(y = 1 | x) = b0 + x'b, by maximum likelihood.
/// </summary>
/// <remarks>
/// <para><b>R convention (default)</b>: reproduces <c>glm(y ~ x, family = binomial)</c> of R 4.2 step for step:
/// IRLS from mustart = (y + 0.5)/2, stopping when |D_k - D_(k-1)| / (|D_k| + 0.1) &lt; 1e-8 or after 25
/// iterations (<c>glm.control</c>); standard errors from the X'WX of the last step, as <c>summary.glm</c>;
/// Wald z = b/SE with p = 2 P(Z &gt; |z|); Wald intervals b ± qnorm((1 + level)/2) SE as <c>confint.default</c>,
/// or profile-likelihood intervals as <c>confint()</c> (MASS's method, see <see cref="LogisticIntervalMethod.Profile"/>).
/// Deviance D = -2 sum[y log p + (1 - y) log(1 - p)], null deviance at p = mean(y), log-likelihood -D/2,
/// AIC = D + 2 rank, likelihood-ratio chi-square = null deviance - D on rank - 1 df.
/// A column that is a linear combination of the intercept and earlier columns is aliased exactly as
/// R's pivoted QR decides (tolerance 1e-11 on the remaining column norm); its coefficient is reported as
/// missing (R's NA), not an error.</para>
/// <para><b>SPSS convention</b>: Newton-Raphson from all zeros, constant included, stopping at the first
/// iterate whose largest absolute coefficient change is below BCON = 0.001 (at most 20 iterations) and
/// reporting that iterate, with standard errors from the information at it and 95% intervals with
/// z = 1.959963985; the null model is iterated the same way. Reproducing SPSS beyond about seven digits
/// needs this rule (docs/conventions, SPSS note section 3).</para>
/// <para><b>Separation</b> is checked after every fit and reported in plain words on
/// <see cref="LogisticFit.Separation"/>; see <see cref="LogisticSeparation"/> for the method.</para>
/// <para>Speed: the model matrix is copied once into a flat row-major array; each iteration is one pass
/// over the rows that updates the fit and accumulates X'WX directly (p is small), then a p x p Cholesky solve.</para>
/// </remarks>
public static class LogisticRegression
{
    /// <summary>R's name for the intercept term.</summary>
    public const string InterceptName = "(Intercept)";

    /// <summary>SPSS's 95% normal quantile, printed to ten significant digits (SPSS note 3.3).</summary>
    internal const double SpssZ95 = 1.959963985;

    /// <summary>Fits the model. An intercept is added; <paramref name="x"/> holds only the covariates.</summary>
    /// <param name="y">Outcome per observation (true = event).</param>
    /// <param name="x">Covariates, one row per observation and one column per design column (dummies already coded).</param>
    /// <param name="columnNames">A name per column of <paramref name="x"/>.</param>
    /// <param name="options">Convention, interval method and level; null for R's defaults.</param>
    /// <exception cref="ArgumentException">Sizes disagree, a value is not finite, or there are no observations.</exception>
    public static LogisticFit Fit(IReadOnlyList<bool> y, double[,] x, IReadOnlyList<string> columnNames, LogisticOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(columnNames);
        options ??= LogisticOptions.R;
        Preconditions.CheckNotEmpty(y, nameof(y));
        Preconditions.CheckSameLength(y.Count, x.GetLength(0), nameof(x));
        Preconditions.CheckSameLength(x.GetLength(1), columnNames.Count, nameof(columnNames));
        CheckFinite(x, nameof(x));
        CheckOptions(options, nameof(options));

        var design = LogisticDesign.WithIntercept(y, x);
        var names = new List<string>(columnNames.Count + 1) { InterceptName };
        names.AddRange(columnNames);
        return FitDesign(design, names, options);
    }

    /// <summary>Fits a prepared design whose first column is the intercept.</summary>
    internal static LogisticFit FitDesign(LogisticDesign design, IReadOnlyList<string> names, LogisticOptions options)
    {
        var settings = Settings(options);
        var fit = IrlsFitter.Fit(design, settings);
        var n = design.Rows;
        var m = design.Columns;
        var notes = new List<string>();

        var events = 0;
        for (var i = 0; i < n; i++) if (design.Y[i] > 0) events++;

        var nullDeviance = NullDeviance(design, events, settings);
        var rank = fit.Rank;
        var lrDf = rank - 1;
        // With no covariate estimated the statistic is 0 by definition (not a rounding residue of two equal sums).
        var lr = lrDf > 0 ? nullDeviance - fit.Deviance : 0.0;

        (double? Lower, double? Upper)[]? profile = null;
        if (options.IntervalMethod == LogisticIntervalMethod.Profile)
        {
            var refit = options.Convention == LogisticConvention.R ? settings : IrlsSettings.R;
            profile = ProfileLikelihood.Intervals(design, fit, options.ConfidenceLevel, refit, notes, names);
        }
        var z = options.Convention == LogisticConvention.Spss && options.ConfidenceLevel == 0.95
            ? SpssZ95
            : NormalDistribution.TwoSidedCritical(options.ConfidenceLevel);

        var coefficients = new LogisticCoefficient[m];
        for (var j = 0; j < m; j++)
        {
            if (fit.Aliased[j])
            {
                coefficients[j] = new LogisticCoefficient
                {
                    Term = names[j], Aliased = true, Estimate = null, StandardError = null, Z = null, Wald = null,
                    P = null, OddsRatio = null, Lower = null, Upper = null,
                };
                notes.Add($"{names[j]} is a linear combination of the intercept and the columns before it, so its coefficient cannot be estimated (R reports NA); it was left out of the model.");
                continue;
            }
            var b = fit.Beta[j];
            var se = Math.Sqrt(fit.Covariance[j * m + j]);
            var zValue = b / se;
            coefficients[j] = new LogisticCoefficient
            {
                Term = names[j],
                Aliased = false,
                Estimate = b,
                StandardError = se,
                Z = zValue,
                Wald = zValue * zValue,
                P = NormalDistribution.TwoSidedP(zValue),
                OddsRatio = Math.Exp(b),
                Lower = profile is null ? b - z * se : profile[j].Lower,
                Upper = profile is null ? b + z * se : profile[j].Upper,
            };
        }

        var covariance = new IReadOnlyList<double?>[m];
        for (var i = 0; i < m; i++)
        {
            var row = new double?[m];
            for (var j = 0; j < m; j++)
                row[j] = fit.Aliased[i] || fit.Aliased[j] ? null : fit.Covariance[i * m + j];
            covariance[i] = row;
        }

        // R warns when a fitted probability is within 10 DBL_EPSILON of 0 or 1. With the clamped logit inverse this
        // happens exactly when |eta| > 30 (below that, min(mu, 1 - mu) >= 9.4e-14), so no exp is needed.
        var boundary = false;
        foreach (var e in fit.Eta)
        {
            if (Math.Abs(e) > 30.0)
            {
                boundary = true;
                break;
            }
        }

        var separation = SeparationDetector.Check(design, fit, names);
        if (!fit.Converged)
        {
            notes.Add(options.Convention == LogisticConvention.R
                ? FormattableString.Invariant($"The fit did not converge in {fit.Iterations} iterations (R: \"glm.fit: algorithm did not converge\"); the estimates are not reliable.")
                : FormattableString.Invariant($"The fit did not converge in {fit.Iterations} iterations (SPSS: \"Estimation terminated at iteration number {fit.Iterations} because maximum iterations has been reached\"); the estimates are not reliable."));
        }
        if (separation.Message is not null) notes.Add(separation.Message);
        else if (boundary) notes.Add("Some fitted probabilities are numerically 0 or 1 (R: \"fitted probabilities numerically 0 or 1 occurred\"), although no separating combination of covariates was found.");

        var coxSnell = 1.0 - Math.Exp(-lr / n);
        var nagelkerke = coxSnell / (1.0 - Math.Exp(-nullDeviance / n));
        return new LogisticFit
        {
            Intercept = coefficients[0],
            Terms = coefficients.Skip(1).ToArray(),
            Covariance = covariance,
            N = n,
            Events = events,
            Deviance = fit.Deviance,
            NullDeviance = nullDeviance,
            LogLikelihood = -fit.Deviance / 2.0,
            Aic = fit.Deviance + 2.0 * rank,
            Rank = rank,
            ResidualDegreesOfFreedom = n - rank,
            NullDegreesOfFreedom = n - 1,
            LikelihoodRatio = new LikelihoodRatioTest
            {
                ChiSquare = lr,
                DegreesOfFreedom = lrDf,
                P = lrDf > 0 ? ChiSquareDistribution.UpperTail(lr, lrDf) : null,
            },
            CoxSnellR2 = coxSnell,
            NagelkerkeR2 = nagelkerke,
            Iterations = fit.Iterations,
            Converged = fit.Converged,
            FittedProbabilitiesAtBoundary = boundary,
            Separation = separation,
            Convention = options.Convention,
            IntervalMethod = options.IntervalMethod,
            ConfidenceLevel = options.ConfidenceLevel,
            Notes = notes,
        };
    }

    internal static IrlsSettings Settings(LogisticOptions options)
    {
        var baseSettings = options.Convention == LogisticConvention.R ? IrlsSettings.R : IrlsSettings.Spss;
        return baseSettings with
        {
            Tolerance = options.Tolerance ?? baseSettings.Tolerance,
            MaxIterations = options.MaxIterations ?? baseSettings.MaxIterations,
        };
    }

    internal static void CheckOptions(LogisticOptions options, string paramName)
    {
        Preconditions.CheckProbability(options.ConfidenceLevel, paramName);
        if (options.MaxIterations is < 1)
            throw new ArgumentException($"MaxIterations must be at least 1, got {options.MaxIterations}.", paramName);
        if (options.Tolerance is { } t && !(t > 0))
            throw new ArgumentException(FormattableString.Invariant($"Tolerance must be positive, got {t}."), paramName);
    }

    internal static void CheckFinite(double[,] x, string paramName)
    {
        var cells = LogisticDesign.Cells(x);
        var k = x.GetLength(1);
        for (var c = 0; c < cells.Length; c++)
        {
            if (!double.IsFinite(cells[c]))
                throw new ArgumentException(FormattableString.Invariant($"Value at row {c / k}, column {c % k} is {cells[c]}; only finite values are allowed."), paramName);
        }
    }

    /// <summary>
    /// R: the deviance at p = mean(y) (glm.fit's nulldev). SPSS: the deviance of the constant-only model
    /// iterated from zero by the same rule as the full model (SPSS's Block 0 -2 log likelihood).
    /// </summary>
    private static double NullDeviance(LogisticDesign design, int events, IrlsSettings settings)
    {
        var n = design.Rows;
        if (!settings.SpssRule)
        {
            // glm.fit's sum(dev.resids(y, mean(y))), collected into its two distinct terms.
            var p = (double)events / n;
            var dev = 0.0;
            if (events > 0) dev += 2.0 * events * Math.Log(1.0 / p);
            if (events < n) dev += 2.0 * (n - events) * Math.Log(1.0 / (1.0 - p));
            return dev;
        }
        var constant = new LogisticDesign(Enumerable.Repeat(1.0, n).ToArray(), design.Y, n, 1);
        return IrlsFitter.Fit(constant, settings).Deviance;
    }
}
