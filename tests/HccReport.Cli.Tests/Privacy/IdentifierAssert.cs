using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>No patient identifier, date or cell text of the data in any readable output of a report.</summary>
internal static class IdentifierAssert
{
    public static void NoneIn(ReportFolder report, PatientData data, params string[] otherRowValues)
    {
        var texts = report.ReadableText().ToList();
        // The scan is only as good as the text it reads: the PDF's words must really come out.
        Assert.Contains(texts, t => t.File == "report.pdf" && t.Text.Contains("Kaplan-Meier", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.File == "results.json");
        Assert.Contains(texts, t => t.File.EndsWith(".svg", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.File.EndsWith(".csv", StringComparison.Ordinal));

        var found = new List<string>();
        foreach (var (file, text) in texts)
        {
            var hits = data.FoundIn(text).Concat(otherRowValues.Where(v => text.Contains(v, StringComparison.Ordinal))).Take(5).ToList();
            if (hits.Count > 0) found.Add($"{file}: {string.Join(", ", hits)}");
        }
        Assert.True(found.Count == 0, "patient ids, dates or cell texts in the outputs:\n" + string.Join("\n", found));
    }
}
