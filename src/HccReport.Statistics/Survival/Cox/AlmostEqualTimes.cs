namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// R survival's <c>aeqSurv</c> (applied by <c>coxph</c> because <c>coxph.control(timefix = TRUE)</c>):
/// times that differ by a rounding error are made exactly equal, so that 0.1 + 0.2 and 0.3 form one
/// tied risk set as a reader of the data expects.
/// </summary>
/// <remarks>
/// Over the sorted distinct times y, consecutive values are tied when y[k+1] - y[k] &lt;= tol or
/// (y[k+1] - y[k]) / mean(|y|) &lt;= tol, with tol = sqrt(machine epsilon) as in <c>all.equal</c>.
/// A run of tied values is replaced by its first (smallest) value.
/// </remarks>
internal static class AlmostEqualTimes
{
    private static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));

    /// <summary>
    /// Merges near-equal values of <paramref name="sortedDescending"/> (sorted from largest to smallest) in place.
    /// Returns whether anything changed.
    /// </summary>
    public static bool MergeInPlace(double[] sortedDescending)
    {
        var n = sortedDescending.Length;
        if (n < 2) return false;

        double sumAbs = 0;
        var distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && sortedDescending[i] == sortedDescending[i - 1]) continue;
            sumAbs += Math.Abs(sortedDescending[i]);
            distinct++;
        }
        var meanAbs = sumAbs / distinct;

        // Walk from the smallest value up: each distinct value either starts a new run or joins the
        // run of the value just below it, and then takes that run's first value.
        var changed = false;
        var previous = sortedDescending[n - 1];
        var runValue = previous;
        for (var i = n - 1; i >= 0; i--)
        {
            var y = sortedDescending[i];
            if (y != previous)
            {
                var dy = y - previous;
                var tied = dy <= Tolerance || dy / meanAbs <= Tolerance;
                if (!tied) runValue = y;
                previous = y;
            }
            if (y != runValue)
            {
                sortedDescending[i] = runValue;
                changed = true;
            }
        }
        return changed;
    }
}
