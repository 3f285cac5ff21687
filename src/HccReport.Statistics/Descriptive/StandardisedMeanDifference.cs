namespace HccReport.Statistics.Descriptive;

/// <summary>
/// Standardised mean differences between two groups, the usual balance measure of baseline tables
/// (Austin 2009; R's tableone::ExtractSmd uses the same formulas).
/// </summary>
public static class StandardisedMeanDifference
{
    /// <summary>
    /// (mean_1 - mean_2) / sqrt((s_1^2 + s_2^2) / 2); null when both variances are 0.
    /// </summary>
    /// <param name="group1">First group, at least two finite values.</param>
    /// <param name="group2">Second group, at least two finite values.</param>
    public static double? Continuous(IReadOnlyList<double> group1, IReadOnlyList<double> group2)
    {
        ArgumentNullException.ThrowIfNull(group1);
        ArgumentNullException.ThrowIfNull(group2);
        Preconditions.CheckFinite(group1, nameof(group1));
        Preconditions.CheckFinite(group2, nameof(group2));
        var pooled = (SampleMoments.Variance(group1) + SampleMoments.Variance(group2)) / 2;
        if (!(pooled > 0)) return null;
        return (SampleMoments.Mean(group1) - SampleMoments.Mean(group2)) / Math.Sqrt(pooled);
    }

    /// <summary>
    /// (p_1 - p_2) / sqrt((p_1 (1 - p_1) + p_2 (1 - p_2)) / 2) from the proportions; null when both are 0 or 1.
    /// </summary>
    public static double? Binary(double proportion1, double proportion2)
    {
        Preconditions.CheckProbability(proportion1, nameof(proportion1), allowZero: true, allowOne: true);
        Preconditions.CheckProbability(proportion2, nameof(proportion2), allowZero: true, allowOne: true);
        var pooled = (proportion1 * (1 - proportion1) + proportion2 * (1 - proportion2)) / 2;
        if (!(pooled > 0)) return null;
        return (proportion1 - proportion2) / Math.Sqrt(pooled);
    }

    /// <summary>The binary difference from two samples of a 0/1 characteristic.</summary>
    /// <param name="group1">First group (not empty).</param>
    /// <param name="group2">Second group (not empty).</param>
    public static double? Binary(IReadOnlyList<bool> group1, IReadOnlyList<bool> group2)
    {
        ArgumentNullException.ThrowIfNull(group1);
        ArgumentNullException.ThrowIfNull(group2);
        Preconditions.CheckNotEmpty(group1, nameof(group1));
        Preconditions.CheckNotEmpty(group2, nameof(group2));
        return Binary((double)group1.Count(v => v) / group1.Count, (double)group2.Count(v => v) / group2.Count);
    }
}
