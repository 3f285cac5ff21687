namespace HccReport.Statistics.Descriptive;

/// <summary>Sample quantiles.</summary>
public static class Quantiles
{
    /// <summary>
    /// R's default quantile, <c>quantile(x, p, type = 7)</c>: with the values sorted, h = 1 + (n - 1) p,
    /// lo = floor(h), and Q(p) = (1 - (h - lo)) x[lo] + (h - lo) x[lo + 1] (1-based), which interpolates
    /// linearly between order statistics (the median of an even sample is the mean of the middle two).
    /// </summary>
    /// <param name="values">The sample (finite values, not empty).</param>
    /// <param name="p">Probability in [0, 1].</param>
    public static double Type7(IReadOnlyList<double> values, double p) => Type7(values, [p])[0];

    /// <summary>Several type-7 quantiles of one sample (sorted once).</summary>
    public static double[] Type7(IReadOnlyList<double> values, IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(probabilities);
        Preconditions.CheckNotEmpty(values, nameof(values));
        Preconditions.CheckFinite(values, nameof(values));
        foreach (var p in probabilities) Preconditions.CheckProbability(p, nameof(probabilities), allowZero: true, allowOne: true);

        var x = values.ToArray();
        Array.Sort(x);
        var n = x.Length;
        var result = new double[probabilities.Count];
        for (var k = 0; k < result.Length; k++)
        {
            var index = 1 + (n - 1) * probabilities[k];
            var lo = Math.Floor(index);
            var hi = Math.Ceiling(index);
            var q = x[(int)lo - 1];
            var upper = x[(int)hi - 1];
            if (index > lo && upper != q)
            {
                var h = index - lo;
                q = (1 - h) * q + h * upper;
            }
            result[k] = q;
        }
        return result;
    }

    /// <summary>The median, type 7 at p = 0.5.</summary>
    public static double Median(IReadOnlyList<double> values) => Type7(values, 0.5);
}
