using MathNet.Numerics.LinearAlgebra;

namespace HccReport.Statistics.Regression;

/// <summary>
/// Detects complete and quasi-complete separation without linear programming, by finding and then
/// verifying a separating direction (a "direction of recession" of the log-likelihood).
/// </summary>
/// <remarks>
/// <para>Definition (Albert and Anderson, 1984): with s_i = 2 y_i - 1, the maximum-likelihood estimate fails
/// to exist exactly when some direction d != 0 in coefficient space has s_i x_i'd &gt;= 0 for every row,
/// with at least one strict inequality; complete separation when all are strict. Along d the likelihood
/// keeps rising, so Newton/IRLS iterations drift along it: the rows with s_i x_i'd &gt; 0 get fitted
/// probabilities heading to their observed 0 or 1, each step moving their linear predictor by a roughly
/// constant amount, while the other rows settle.</para>
/// <para>Method: (1) screen: nothing to do unless the fit stopped without converging or some fitted
/// probability is within 1e-6 of 0 or 1 (under separation glm's stopping rule is only met once the
/// separated rows are beyond that). (2) Candidate rows S: correctly predicted with |eta| &gt; 10 and still
/// moving with the last step (s_i x_i' delta &gt; 0.1). (3) Candidate direction: the last step delta
/// projected onto the null space of the other rows' design (so those rows lie exactly on the separating
/// hyperplane). (4) Verify on the data: every row of S must have s_i x_i'd &gt; 0 (relative to the largest,
/// 1e-6); rows that do not are moved out of S and steps 3-4 repeat. What is reported is therefore a
/// checked certificate of the definition above, not a guess from large coefficients; its only tolerances
/// are rounding-level. A separation that the iterations did not reveal (for instance one the fit never
/// approached in its iteration limit) can go unreported; R's boundary warning is still reported then.</para>
/// <para>This is the same question Konis's linear program (R package safeBinaryRegression, and
/// detectseparation) answers; here the fit's own iterations supply the candidate direction.</para>
/// </remarks>
internal static class SeparationDetector
{
    private const double ScreenProbability = 1e-6;
    private const double ExtremeEta = 10.0;
    private const double MovingStep = 0.1;
    private const double Relative = 1e-6;

    public static LogisticSeparation Check(LogisticDesign d, IrlsResult fit, IReadOnlyList<string> names)
    {
        var n = d.Rows;
        var m = d.Columns;
        var events = 0;
        for (var i = 0; i < n; i++) if (d.Y[i] > 0) events++;
        if (events == 0 || events == n)
        {
            return new LogisticSeparation
            {
                Kind = SeparationKind.Complete,
                Terms = [],
                SeparatedObservations = n,
                Message = FormattableString.Invariant(
                    $"All {n} observations have the same outcome ({(events == 0 ? "no events" : "all events")}), so no odds can be estimated: the intercept is infinite and every other coefficient is meaningless."),
            };
        }

        // min(mu, 1 - mu) < 1e-6 exactly when |eta| > logit(1 - 1e-6).
        var screenEta = Math.Log((1 - ScreenProbability) / ScreenProbability);
        var screen = !fit.Converged;
        for (var i = 0; i < n && !screen; i++) screen = Math.Abs(fit.Eta[i]) > screenEta;
        if (!screen) return LogisticSeparation.None;

        var kept = Enumerable.Range(0, m).Where(j => !fit.Aliased[j]).ToArray();
        var k = kept.Length;
        if (k == 0) return LogisticSeparation.None;

        // Column scales, so that null-space and size tolerances do not depend on units.
        var scale = new double[k];
        for (var c = 0; c < k; c++)
        {
            var ss = 0.0;
            for (var i = 0; i < n; i++) ss += d[i, kept[c]] * d[i, kept[c]];
            scale[c] = ss > 0 ? Math.Sqrt(ss) : 1.0;
        }

        var step = new double[k];
        for (var c = 0; c < k; c++) step[c] = fit.LastStep[kept[c]];

        var inS = new bool[n];
        var sCount = 0;
        for (var i = 0; i < n; i++)
        {
            var sign = d.Y[i] > 0 ? 1.0 : -1.0;
            var move = 0.0;
            for (var c = 0; c < k; c++) move += d[i, kept[c]] * step[c];
            if (sign * fit.Eta[i] > ExtremeEta && sign * move > MovingStep)
            {
                inS[i] = true;
                sCount++;
            }
        }

        while (sCount > 0)
        {
            var direction = ProjectOntoNullSpace(d, kept, scale, inS, step);
            if (direction is null) return LogisticSeparation.None;

            var g = new double[n];
            var gMax = 0.0;
            for (var i = 0; i < n; i++)
            {
                var sign = d.Y[i] > 0 ? 1.0 : -1.0;
                var v = 0.0;
                for (var c = 0; c < k; c++) v += d[i, kept[c]] * direction[c];
                g[i] = sign * v;
                gMax = Math.Max(gMax, Math.Abs(g[i]));
            }
            if (!(gMax > 0)) return LogisticSeparation.None;

            var moved = 0;
            var valid = true;
            for (var i = 0; i < n; i++)
            {
                var r = g[i] / gMax;
                if (inS[i])
                {
                    if (r <= Relative)
                    {
                        inS[i] = false;
                        moved++;
                    }
                }
                else if (r < -Relative)
                {
                    valid = false;
                }
            }
            if (!valid) return LogisticSeparation.None;
            if (moved > 0)
            {
                sCount -= moved;
                continue;
            }

            // Verified: every row is on the correct side of the hyperplane or on it.
            var dMax = 0.0;
            for (var c = 0; c < k; c++) dMax = Math.Max(dMax, Math.Abs(direction[c] * scale[c]));
            var terms = new List<string>();
            for (var c = 0; c < k; c++)
            {
                if (kept[c] == 0 && names[0] == LogisticRegression.InterceptName) continue;
                if (Math.Abs(direction[c] * scale[c]) > Relative * dMax) terms.Add(names[kept[c]]);
            }
            var complete = sCount == n;
            return new LogisticSeparation
            {
                Kind = complete ? SeparationKind.Complete : SeparationKind.QuasiComplete,
                Terms = terms,
                SeparatedObservations = sCount,
                Message = Describe(complete, terms, sCount, n),
            };
        }
        return LogisticSeparation.None;
    }

    private static string Describe(bool complete, IReadOnlyList<string> terms, int separated, int n)
    {
        var who = terms.Count switch
        {
            0 => "The intercept alone",
            1 => $"The covariate {terms[0]}",
            _ => $"A combination of {string.Join(", ", terms.Take(terms.Count - 1))} and {terms[^1]}",
        };
        return complete
            ? FormattableString.Invariant(
                $"Complete separation: {who} predicts the outcome perfectly for all {n} observations, so the maximum-likelihood estimates do not exist. The coefficients grow without bound as the iterations continue; the reported estimates, standard errors, odds ratios and Wald tests are artefacts of where the iterations stopped. Consider Firth's penalised likelihood, exact logistic regression, or merging sparse categories.")
            : FormattableString.Invariant(
                $"Quasi-complete separation: {who} predicts the outcome perfectly for {separated} of {n} observations, so at least one coefficient is infinite and its estimate, standard error, odds ratio and Wald test are artefacts of where the iterations stopped. Consider Firth's penalised likelihood, exact logistic regression, or merging sparse categories.");
    }

    /// <summary>
    /// The step projected onto the null space of the design rows not in S (scaled columns), returned in
    /// original units; null when the projection vanishes.
    /// </summary>
    private static double[]? ProjectOntoNullSpace(LogisticDesign d, int[] kept, double[] scale, bool[] inS, double[] step)
    {
        var n = d.Rows;
        var m = d.Columns;
        var k = kept.Length;
        var gram = Matrix<double>.Build.Dense(k, k);
        var others = 0;
        for (var i = 0; i < n; i++)
        {
            if (inS[i]) continue;
            others++;
            for (var a = 0; a < k; a++)
            {
                var xa = d[i, kept[a]] / scale[a];
                for (var b = a; b < k; b++) gram[a, b] += xa * d[i, kept[b]] / scale[b];
            }
        }
        for (var a = 0; a < k; a++) for (var b = 0; b < a; b++) gram[a, b] = gram[b, a];

        var scaledStep = Vector<double>.Build.Dense(k, c => step[c] * scale[c]);
        var stepNorm = scaledStep.L2Norm();
        if (!(stepNorm > 0)) return null;

        Vector<double> projected;
        if (others == 0)
        {
            projected = scaledStep;
        }
        else
        {
            var evd = gram.Evd(Symmetricity.Symmetric);
            var eigenvalues = evd.EigenValues.Select(v => v.Real).ToArray();
            var largest = eigenvalues.Max();
            projected = Vector<double>.Build.Dense(k);
            for (var e = 0; e < k; e++)
            {
                if (eigenvalues[e] > 1e-10 * largest) continue;
                var v = evd.EigenVectors.Column(e);
                projected += v * v.DotProduct(scaledStep);
            }
        }
        if (projected.L2Norm() <= 1e-8 * stepNorm) return null;
        return Enumerable.Range(0, k).Select(c => projected[c] / scale[c]).ToArray();
    }
}
