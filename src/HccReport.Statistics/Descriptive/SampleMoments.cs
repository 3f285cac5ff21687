namespace HccReport.Statistics.Descriptive;

/// <summary>Sample mean, variance and standard deviation, as R's <c>mean</c>, <c>var</c> and <c>sd</c>.</summary>
public static class SampleMoments
{
    /// <summary>
    /// The mean, with R's second pass: sum/n, then the mean of the residuals is added back, which removes most
    /// of the rounding error of the first sum.
    /// </summary>
    public static double Mean(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Preconditions.CheckNotEmpty(values, nameof(values));
        var n = values.Count;
        var s = 0.0;
        for (var i = 0; i < n; i++) s += values[i];
        s /= n;
        if (!double.IsFinite(s)) return s;
        var t = 0.0;
        for (var i = 0; i < n; i++) t += values[i] - s;
        return s + t / n;
    }

    /// <summary>The unbiased variance sum (x - mean)^2 / (n - 1); needs at least two values.</summary>
    public static double Variance(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2) throw new ArgumentException($"At least 2 values are needed, got {values.Count}.", nameof(values));
        var mean = Mean(values);
        var ss = 0.0;
        for (var i = 0; i < values.Count; i++) ss += (values[i] - mean) * (values[i] - mean);
        return ss / (values.Count - 1);
    }

    /// <summary>The standard deviation, sqrt of <see cref="Variance"/>.</summary>
    public static double StandardDeviation(IReadOnlyList<double> values) => Math.Sqrt(Variance(values));
}
