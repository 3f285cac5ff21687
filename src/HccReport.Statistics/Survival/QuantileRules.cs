namespace HccReport.Statistics.Survival;

/// <summary>
/// The rules that turn a step curve into a time where it crosses a level. Curves here are arrays over the
/// fit's rows with NaN where a band does not exist; results are null where R gives NA.
/// </summary>
internal static class QuantileRules
{
    private const double Tol = SurvivalInput.Tolerance;

    /// <summary>
    /// R's <c>quantile.survfit</c> (its internal <c>findq</c>) for one probability p on one curve.
    /// The points are (0, 0) followed by (time_i, 1 - curve_i); exact duplicate y values are dropped (keeping the
    /// first), then <c>approx(y + tol, index, p, method = "constant", f = 1)</c> and the same with y - tol pick
    /// the smallest knot at or above p (R's approx sorts the knots, which matters for an upper band that is not
    /// monotone). The quantile is the mean of the two picked times, which is the midpoint rule when the curve
    /// sits within tol of 1 - p over an interval; if it sits there until the last row, the midpoint uses the
    /// curve's last time.
    /// </summary>
    public static double? FindQuantile(double[] time, double[] curve, double p)
    {
        var n = time.Length + 1;
        var xs = new double[n];
        var ys = new double[n];
        var maxY = 0.0;
        var seen = new HashSet<double>();
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            var x = i == 0 ? 0.0 : time[i - 1];
            var y = i == 0 ? 0.0 : 1 - curve[i - 1];
            if (!double.IsNaN(y) && y > maxY) maxY = y;
            // duplicated() treats every NA as a duplicate of the first NA
            if (!seen.Add(double.IsNaN(y) ? double.NaN : y)) continue;
            xs[m] = x;
            ys[m] = y;
            m++;
        }
        if (maxY < p) return null;
        var xmax = time[^1];

        var index1 = SmallestKnotAtOrAbove(ys, m, Tol, p);
        var index2 = SmallestKnotAtOrAbove(ys, m, -Tol, p);
        double? quantile = index1 >= 0 && index2 >= 0 ? (xs[index1] + xs[index2]) / 2 : null;
        if (p == 0) quantile = xs[0];
        var last = ys[m - 1];
        if (!double.IsNaN(last) && Math.Abs(p - last) < Tol)
            quantile = index1 >= 0 ? (xs[index1] + xmax) / 2 : null;
        return quantile;
    }

    /// <summary>
    /// <c>approx(ys + shift, 1:m, p, method = "constant", f = 1, rule = 1)</c>: the index of the smallest knot
    /// ys[i] + shift that is &gt;= p, or -1 when p lies outside [min knot, max knot] (R's NA).
    /// </summary>
    private static int SmallestKnotAtOrAbove(double[] ys, int m, double shift, double p)
    {
        var best = -1;
        var bestKnot = double.PositiveInfinity;
        var minKnot = double.PositiveInfinity;
        var maxKnot = double.NegativeInfinity;
        for (var i = 0; i < m; i++)
        {
            if (double.IsNaN(ys[i])) continue;
            var knot = ys[i] + shift;
            if (knot < minKnot) minKnot = knot;
            if (knot > maxKnot) maxKnot = knot;
            if (knot >= p && knot < bestKnot)
            {
                bestKnot = knot;
                best = i;
            }
        }
        return p < minKnot || p > maxKnot ? -1 : best;
    }

    /// <summary>
    /// The median of <c>print.survfit</c> and <c>summary(fit)$table</c> (survival's internal <c>survmean</c>,
    /// function <c>minmin</c>), applied alike to the curve and to its bands: the first time the curve is below
    /// 0.5 + tol; if that value is within tol of 0.5 and the curve later drops further, the midpoint of that time
    /// and the time of the next drop. Unlike <see cref="FindQuantile"/>, a curve that stays at 0.5 until its end
    /// gives the first time, not a midpoint with the last time.
    /// </summary>
    public static double? PrintMedian(double[] time, double[] curve)
    {
        var first = -1;
        for (var i = 0; i < curve.Length; i++)
        {
            if (!double.IsNaN(curve[i]) && curve[i] < 0.5 + Tol)
            {
                first = i;
                break;
            }
        }
        if (first < 0) return null;
        var y1 = curve[first];
        if (Math.Abs(y1 - 0.5) < Tol)
        {
            for (var j = first + 1; j < curve.Length; j++)
            {
                if (!double.IsNaN(curve[j]) && curve[j] < y1) return (time[first] + time[j]) / 2;
            }
        }
        return time[first];
    }

    /// <summary>
    /// SPSS KM's percentile with its Klein-Moeschberger standard error and Wald interval (see
    /// <see cref="MedianMethod.SpssWald"/>). The comparisons with 1 - p and 1 - p -/+ 0.05 allow sqrt(eps) so
    /// that a survival of exactly 0.5 computed as 0.5000000000000001 still counts.
    /// Where no event time has S &gt;= 1 - p + 0.05, the start of the curve (t = 0, S = 1) is used for u
    /// (an assumption: SPSS's rule there is not documented); where none has S &lt;= 1 - p - 0.05, the standard
    /// error and interval do not exist.
    /// </summary>
    public static SurvivalQuantile SpssWald(KaplanMeierFit fit, double p, double critical)
    {
        var time = fit.TimeArray;
        var surv = fit.SurvivalArray;
        var events = fit.NEventArray;
        var target = 1 - p;
        var at = -1;
        for (var i = 0; i < surv.Length; i++)
        {
            if (surv[i] <= target + Tol)
            {
                at = i;
                break;
            }
        }
        if (at < 0) return new SurvivalQuantile(p, null, null, null, null, MedianMethod.SpssWald);

        double uTime = 0, uSurv = 1;
        for (var i = 0; i < surv.Length; i++)
        {
            if (events[i] > 0 && surv[i] >= target + 0.05 - Tol)
            {
                uTime = time[i];
                uSurv = surv[i];
            }
        }
        var l = -1;
        for (var i = 0; i < surv.Length; i++)
        {
            if (events[i] > 0 && surv[i] <= target - 0.05 + Tol)
            {
                l = i;
                break;
            }
        }
        var estimate = time[at];
        var se = fit.StdErrArray[at];
        if (l < 0 || double.IsNaN(se) || time[l] == uTime)
            return new SurvivalQuantile(p, estimate, null, null, null, MedianMethod.SpssWald);
        var density = (uSurv - surv[l]) / (time[l] - uTime);
        var seQuantile = se / density;
        return new SurvivalQuantile(p, estimate, estimate - critical * seQuantile, estimate + critical * seQuantile,
            seQuantile, MedianMethod.SpssWald);
    }
}
