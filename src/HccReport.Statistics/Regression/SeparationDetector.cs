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
/// <para>Method. (1) Candidate rows S: rows on the correct side (s_i eta_i &gt; 0) whose linear predictor the
/// last IRLS step still moved by more than 0.5 towards their outcome. At a genuine maximum the last step moves
/// every linear predictor by a tiny amount, while along a separating direction each Newton step moves the
/// separated rows by about 1 or more (the Newton step on log(1 + e^-t) is 1 + e^-t). Fitted probabilities
/// near 0 or 1 would not do as a screen: glm's relative stopping rule is met sooner in large samples, and
/// with 4000 observations it stops with the separated rows still at 1 - 2e-6. (2) Candidate direction: the
/// last step projected onto the null space of the design rows outside S (so that those rows lie exactly on
/// the separating hyperplane). (3) Verify on the data: every row of S must have s_i x_i'd &gt; 0 (relative to
/// the largest, 1e-6) and no row may have s_i x_i'd &lt; 0; rows of S that fail are moved out of S and (2)-(3)
/// repeat. What is reported is therefore a checked certificate of the definition above, not a guess from
/// large coefficients; its tolerances are rounding-level. A separation that the iterations did not reveal
/// (one the fit never drifted along within its iteration limit) can go unreported; R's boundary warning is
/// still reported then.</para>
/// <para>This is the same question Konis's linear program (R package safeBinaryRegression, and
/// detectseparation) answers; here the fit's own iterations supply the candidate direction.</para>
/// </remarks>
internal static class SeparationDetector
{
    private const double MovingStep = 0.5;
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

        var kept = Enumerable.Range(0, m).Where(j => !fit.Aliased[j]).ToArray();
        var k = kept.Length;
        if (k == 0) return LogisticSeparation.None;

        // How far the last step moved each linear predictor.
        var move = new double[n];
        foreach (var j in kept) VectorMath.AddScaled(fit.LastStep[j], d.Column(j), move);

        var inS = new bool[n];
        var sCount = 0;
        for (var i = 0; i < n; i++)
        {
            var sign = d.Y[i] > 0 ? 1.0 : -1.0;
            if (sign * fit.Eta[i] > 0 && sign * move[i] > MovingStep)
            {
                inS[i] = true;
                sCount++;
            }
        }
        if (sCount == 0) return LogisticSeparation.None;

        // Column scales, so that null-space and size tolerances do not depend on units.
        var scale = new double[k];
        for (var c = 0; c < k; c++)
        {
            var column = d.Column(kept[c]);
            var ss = VectorMath.Dot(column, column);
            scale[c] = ss > 0 ? Math.Sqrt(ss) : 1.0;
        }

        var step = new double[k];
        for (var c = 0; c < k; c++) step[c] = fit.LastStep[kept[c]];

        while (sCount > 0)
        {
            var direction = ProjectOntoNullSpace(d, kept, scale, inS, step);
            if (direction is null) return LogisticSeparation.None;

            var g = new double[n];
            for (var c = 0; c < k; c++) VectorMath.AddScaled(direction[c], d.Column(kept[c]), g);
            var gMax = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (d.Y[i] <= 0) g[i] = -g[i];
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
