using System.Text;

namespace HccReport.Cli.Tests.Specs;

/// <summary>Assertions over whole report folders.</summary>
internal static class ReportAssert
{
    /// <summary>
    /// Both folders hold the same files with the same bytes. On failure the message names every file that differs
    /// and, for a text file, the first line where it does.
    /// </summary>
    public static void SameBytes(ReportFolder expected, ReportFolder actual, string because)
    {
        Assert.Equal(expected.Files, actual.Files);
        Assert.Contains("report.pdf", expected.Files);
        Assert.Contains("report.html", expected.Files);
        Assert.Contains("results.json", expected.Files);
        Assert.Contains(expected.Files, f => f.StartsWith("tables/", StringComparison.Ordinal) && f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(expected.Files, f => f.StartsWith("figures/", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal));
        Assert.Contains(expected.Files, f => f.StartsWith("figures/", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal));

        var differences = new List<string>();
        foreach (var file in expected.Files)
        {
            var (a, b) = (expected.Bytes(file), actual.Bytes(file));
            if (a.AsSpan().SequenceEqual(b)) continue;
            differences.Add(file + FirstDifference(file, a, b));
        }
        Assert.True(differences.Count == 0,
            $"{differences.Count} of {expected.Files.Count} files differ {because}:\n" + string.Join("\n", differences));
    }

    private static string FirstDifference(string file, byte[] a, byte[] b)
    {
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        if (file.EndsWith(".png", StringComparison.Ordinal) || file.EndsWith(".pdf", StringComparison.Ordinal))
            return $" (from byte {at}: {a.Length} vs {b.Length} bytes; around: {Excerpt(a, at)} | {Excerpt(b, at)})";
        var (x, y) = (Encoding.UTF8.GetString(a).Split('\n'), Encoding.UTF8.GetString(b).Split('\n'));
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i]) return $" (line {i + 1}: \"{x[i]}\" vs \"{y[i]}\")";
        }
        return $" ({x.Length} vs {y.Length} lines)";
    }

    private static string Excerpt(byte[] bytes, int at) =>
        Encoding.Latin1.GetString(bytes, Math.Max(0, at - 20), Math.Min(60, bytes.Length - Math.Max(0, at - 20)))
            .Replace('\n', ' ').Replace('\r', ' ');
}
