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
        // point 0 is (0, 0); point i >= 1 is (time[i - 1], 1 - curve[i - 1]). Dropping duplicates and sorting the
        // knots are done implicitly: the knot picked is the smallest y with y + shift >= p, at its first occurrence.
        var n = time.Length + 1;
        double maxY = 0, minY = 0;
        for (var i = 1; i < n; i++)
        {
            var y = 1 - curve[i - 1];
            if (double.IsNaN(y)) continue;
            if (y > maxY) maxY = y;
            if (y < minY) minY = y;
        }
        if (maxY < p) return null;

        var index1 = SmallestKnotAtOrAbove(curve, minY + Tol, maxY + Tol, Tol, p);
        var index2 = SmallestKnotAtOrAbove(curve, minY - Tol, maxY - Tol, -Tol, p);
        double? quantile = index1 >= 0 && index2 >= 0 ? (X(time, index1) + X(time, index2)) / 2 : null;
        if (p == 0) quantile = 0;
        var last = LastDistinctY(curve);
        if (!double.IsNaN(last) && Math.Abs(p - last) < Tol)
            quantile = index1 >= 0 ? (X(time, index1) + time[^1]) / 2 : null;
        return quantile;
    }

    private static double X(double[] time, int point) => point == 0 ? 0 : time[point - 1];

    /// <summary>
    /// <c>approx(y + shift, index, p, method = "constant", f = 1, rule = 1)</c> over the de-duplicated points: the
    /// point (first occurrence) with the smallest knot y + shift &gt;= p, or -1 when p lies outside
    /// [min knot, max knot] (R's NA).
    /// </summary>
    private static int SmallestKnotAtOrAbove(double[] curve, double minKnot, double maxKnot, double shift, double p)
    {
        if (p < minKnot || p > maxKnot) return -1;
        var best = 0.0 + shift >= p ? 0 : -1;
        var bestY = best == 0 ? 0.0 : double.PositiveInfinity;
        for (var i = 1; i <= curve.Length; i++)
        {
            var y = 1 - curve[i - 1];
            if (y + shift >= p && y < bestY)
            {
                bestY = y;
                best = i;
            }
        }
        return best;
    }

    /// <summary>
    /// The last element of R's <c>y[!duplicated(y)]</c> for y = c(0, 1 - curve): the value whose first occurrence
    /// comes last (NaN stands for NA, and all NAs are duplicates of the first). For a monotone curve this is its
    /// last value, or NA when the first NA comes after that value first appears; otherwise a set is needed.
    /// </summary>
    private static double LastDistinctY(double[] curve)
    {
        var monotone = true;
        double previous = 0;
        int firstNaN = -1, lastValueFirst = 0;
        double lastValue = 0;
        for (var i = 1; i <= curve.Length && monotone; i++)
        {
            var y = 1 - curve[i - 1];
            if (double.IsNaN(y))
            {
                if (firstNaN < 0) firstNaN = i;
                continue;
            }
            if (y < previous) monotone = false;
            if (y != lastValue)
            {
                lastValue = y;
                lastValueFirst = i;
            }
            previous = y;
        }
        if (monotone) return firstNaN > lastValueFirst ? double.NaN : lastValue;

        var seen = new HashSet<double> { 0.0 };
        var last = 0.0;
        for (var i = 1; i <= curve.Length; i++)
        {
            var y = 1 - curve[i - 1];
            if (seen.Add(y)) last = y;
        }
        return last;
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
