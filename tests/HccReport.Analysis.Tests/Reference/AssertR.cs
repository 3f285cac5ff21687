namespace HccReport.Analysis.Tests.Reference;

/// <summary>
/// Comparisons against R's values at the project's tolerance (as tests/HccReport.Statistics.Tests/Reference/AssertR.cs):
/// relative 1e-6 with an absolute floor of 1e-9 for values that are zero in R, and purely relative for p values,
/// which can be far below the floor.
/// </summary>
internal static class AssertR
{
    /// <summary>Relative tolerance for every value compared with R (1e-6).</summary>
    public const double RelativeTolerance = 1e-6;

    /// <summary>Absolute floor, so that values that are zero in R compare sensibly.</summary>
    public const double AbsoluteTolerance = 1e-9;

    /// <summary>Relative difference |expected - actual| / |expected| (the absolute difference when R gives 0).</summary>
    public static double RelativeDifference(double expected, double actual)
    {
        if (expected == actual) return 0;
        var diff = Math.Abs(expected - actual);
        return expected == 0 ? diff : diff / Math.Abs(expected);
    }

    /// <summary>True when <paramref name="actual"/> is within the tolerance of R's <paramref name="expected"/>.</summary>
    /// <param name="expected">R's value.</param>
    /// <param name="actual">Ours.</param>
    /// <param name="isPValue">Compare relatively without the absolute floor.</param>
    /// <param name="relativeTolerance">The relative tolerance; the project's 1e-6 unless a comparison documents another.</param>
    public static bool IsClose(double expected, double actual, bool isPValue, double relativeTolerance = RelativeTolerance)
    {
        if (expected == actual) return true;
        var diff = Math.Abs(expected - actual);
        var allowed = isPValue ? relativeTolerance * Math.Abs(expected) : Math.Max(AbsoluteTolerance, relativeTolerance * Math.Abs(expected));
        return diff <= allowed;
    }

    public static void Close(double expected, double actual, string what, bool isPValue = false) =>
        Assert.True(IsClose(expected, actual, isPValue),
            $"{what}: R gives {expected:R}, we give {actual:R} (relative difference {RelativeDifference(expected, actual):E3})");

    /// <summary>Compares a value that may not exist: R's NA (null) must be our null.</summary>
    public static void Close(double? expected, double? actual, string what, bool isPValue = false)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: R gives {expected?.ToString("R") ?? "NA"}, we give {actual?.ToString("R") ?? "null"}");
            return;
        }
        Close(expected.Value, actual.Value, what, isPValue);
    }
}
