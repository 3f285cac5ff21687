using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Regression;

/// <summary>
/// Profile-likelihood intervals of logistic coefficients, reproducing MASS's <c>profile.glm</c> followed by
/// <c>confint.profile.glm</c> (what R 4.2's <c>confint()</c> does for a glm).
/// </summary>
/// <remarks>
/// For coefficient i, with alpha = (1 - level)/4, zmax = sqrt(qchisq(1 - alpha, 1)) and del = zmax/5: on each
/// side (sgn = -1, +1) and for step = 1, 2, ... while step &lt; 10 and |z| &lt; zmax, fix
/// b_i = bhat_i + sgn * step * del * SE_i as an offset, refit the other coefficients by glm.fit started at
/// the previous linear predictor, and record z = sgn * sqrt(D(b_i) - D(bhat)). A cubic "fmm" spline through
/// (b_i, z) evaluated at 3 x (number of points) equally spaced b values is then inverted by linear
/// interpolation at z = qnorm((1 - level)/2) and qnorm((1 + level)/2). A bound the profile never reaches
/// (as under separation) is null, R's NA. If a refit finds a deviance more than 0.001 below the fit's,
/// R stops with "profiling has found a better solution"; here that coefficient's bounds are null.
/// </remarks>
internal static class ProfileLikelihood
{
    private const int MaxSteps = 10;

    public static (double? Lower, double? Upper)[] Intervals(
        LogisticDesign design, IrlsResult fit, double level, IrlsSettings refitSettings, List<string> notes, IReadOnlyList<string> names)
    {
        var m = design.Columns;
        var result = new (double? Lower, double? Upper)[m];
        var alpha = (1.0 - level) / 4.0;
        var zmax = Math.Sqrt(ChiSquareDistribution.Quantile(1.0 - alpha, 1.0));
        var del = zmax / 5.0;
        var a = (1.0 - level) / 2.0;
        var cutLow = NormalDistribution.Quantile(a);
        var cutHigh = NormalDistribution.Quantile(1.0 - a);

        for (var i = 0; i < m; i++)
        {
            if (fit.Aliased[i]) continue;
            var others = Enumerable.Range(0, m).Where(j => j != i && !fit.Aliased[j]).ToArray();
            var reduced = design.SelectColumns(others);
            var xi = design.Column(i).ToArray();
            var se = Math.Sqrt(fit.Covariance[i * m + i]);

            var zs = new List<double> { 0.0 };
            var bs = new List<double> { fit.Beta[i] };
            var failed = false;
            foreach (var sgn in new[] { -1.0, 1.0 })
            {
                var lp = fit.Eta;
                var z = 0.0;
                var step = 0;
                while (++step < MaxSteps && Math.Abs(z) < zmax)
                {
                    var bi = fit.Beta[i] + sgn * step * del * se;
                    var offset = new double[design.Rows];
                    for (var r = 0; r < offset.Length; r++) offset[r] = xi[r] * bi;
                    var refit = IrlsFitter.Fit(reduced, refitSettings, offset, lp);
                    lp = refit.Eta;
                    var zz = refit.Deviance - fit.Deviance;
                    if (zz > -0.001) zz = Math.Max(zz, 0.0);
                    else
                    {
                        failed = true;
                        break;
                    }
                    z = sgn * Math.Sqrt(zz);
                    zs.Add(z);
                    bs.Add(bi);
                }
                if (failed) break;
            }
            if (failed)
            {
                notes.Add($"The likelihood profile of {names[i]} found a better fit than the estimate (R: \"profiling has found a better solution\"); its profile interval is not reported.");
                continue;
            }

            var order = Enumerable.Range(0, zs.Count).OrderBy(k => zs[k]).ToArray();
            var sortedB = order.Select(k => bs[k]).ToArray();
            var sortedZ = order.Select(k => zs[k]).ToArray();
            var (gridB, splineZ) = RInterpolation.SplineFmm(sortedB, sortedZ);
            var lower = RInterpolation.Approx(splineZ, gridB, cutLow);
            var upper = RInterpolation.Approx(splineZ, gridB, cutHigh);
            if (lower is null || upper is null)
                notes.Add(FormattableString.Invariant($"The likelihood profile of {names[i]} does not reach the {level * 100:0.##}% limit on {(lower is null && upper is null ? "either side" : lower is null ? "the lower side" : "the upper side")}; that bound does not exist (R: NA)."));
            result[i] = (lower, upper);
        }
        return result;
    }
}
