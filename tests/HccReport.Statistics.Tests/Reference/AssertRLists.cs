namespace HccReport.Statistics.Tests.Reference;

/// <summary>Element-wise <see cref="AssertR"/> for vectors that may hold R's NA (null).</summary>
internal static class AssertRLists
{
    /// <summary>
    /// Relative comparison without the absolute floor of <see cref="AssertR"/>, for p values that can be far
    /// below 1e-9 (1e-47 on rotterdam): there the floor would accept any small number.
    /// </summary>
    public static void Relative(double? expected, double? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: R gives {expected?.ToString("R") ?? "NA"}, we give {actual?.ToString("R") ?? "null"}");
            return;
        }
        var diff = Math.Abs(expected.Value - actual.Value);
        Assert.True(diff <= AssertR.RelativeTolerance * Math.Abs(expected.Value),
            $"{what}: R gives {expected.Value:R}, we give {actual.Value:R} (relative difference {diff / Math.Abs(expected.Value):E3})");
    }

    public static void Relative(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: R has {expected.Count} values, we have {actual.Count}");
        for (var i = 0; i < expected.Count; i++) Relative(expected[i], actual[i], $"{what}[{i}]");
    }

    public static void Close(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: R has {expected.Count} values, we have {actual.Count}");
        for (var i = 0; i < expected.Count; i++) AssertR.Close(expected[i], actual[i], $"{what}[{i}]");
    }
}
