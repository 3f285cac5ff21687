namespace HccReport.Statistics.Tests.Reference;

/// <summary>Element-wise <see cref="AssertR"/> for vectors that may hold R's NA (null).</summary>
internal static class AssertRLists
{
    public static void Close(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: R has {expected.Count} values, we have {actual.Count}");
        for (var i = 0; i < expected.Count; i++) AssertR.Close(expected[i], actual[i], $"{what}[{i}]");
    }
}
