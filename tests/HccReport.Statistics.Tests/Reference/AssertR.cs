namespace HccReport.Statistics.Tests.Reference;

/// <summary>Comparisons against R's values at the project's tolerance.</summary>
internal static class AssertR
{
    /// <summary>Relative tolerance for every value compared with R (issue 2: 1e-6).</summary>
    public const double RelativeTolerance = 1e-6;

    /// <summary>Absolute floor, so that values that are zero in R compare sensibly.</summary>
    public const double AbsoluteTolerance = 1e-9;

    public static void Close(double expected, double actual, string what)
    {
        if (double.IsNaN(expected) && double.IsNaN(actual)) return;
        if (double.IsPositiveInfinity(expected) && double.IsPositiveInfinity(actual)) return;
        var diff = Math.Abs(expected - actual);
        var allowed = Math.Max(AbsoluteTolerance, RelativeTolerance * Math.Abs(expected));
        Assert.True(diff <= allowed,
            $"{what}: R gives {expected:R}, we give {actual:R} (difference {diff:E3}, allowed {allowed:E3})");
    }

    /// <summary>Compares a value that may not exist: R's NA (JSON null) must be our null.</summary>
    public static void Close(double? expected, double? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: R gives {expected?.ToString("R") ?? "NA"}, we give {actual?.ToString("R") ?? "null"}");
            return;
        }
        Close(expected.Value, actual.Value, what);
    }

    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: R has {expected.Count} values, we have {actual.Count}");
        for (var i = 0; i < expected.Count; i++) Close(expected[i], actual[i], $"{what}[{i}]");
    }
}
