namespace HccReport.Benchmarks;

/// <summary>
/// How closely one kernel's numbers match R's at one size: the largest relative difference |a - r| / |r| over the
/// estimates both sides computed (absolute difference where |r| &lt; 1e-12; 0 where both are missing, infinity
/// where only one is), which estimate it was, and how many estimates R did not report.
/// </summary>
internal sealed record Agreement(double LargestRelativeDifference, string? Worst, int Compared, int MissingInR)
{
    public static Agreement Compare(IReadOnlyList<Estimate> ours, int n, IReadOnlyDictionary<(int N, string Name), double> r)
    {
        double largest = 0;
        string? worst = null;
        int compared = 0, missing = 0;
        foreach (var estimate in ours)
        {
            if (!r.TryGetValue((n, estimate.Name), out var reference))
            {
                missing++;
                continue;
            }
            compared++;
            var difference = RelativeDifference(estimate.Value, reference);
            if (difference > largest || worst is null)
            {
                largest = difference;
                worst = estimate.Name;
            }
        }
        return new Agreement(largest, worst, compared, missing);
    }

    private static double RelativeDifference(double value, double reference)
    {
        if (double.IsNaN(value) && double.IsNaN(reference)) return 0;
        if (double.IsNaN(value) || double.IsNaN(reference)) return double.PositiveInfinity;
        var difference = Math.Abs(value - reference);
        return Math.Abs(reference) < 1e-12 ? difference : difference / Math.Abs(reference);
    }
}
