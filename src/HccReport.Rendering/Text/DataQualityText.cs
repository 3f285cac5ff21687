using HccReport.Results;

namespace HccReport.Rendering.Text;

/// <summary>The data-quality section's sentences: rows read, rows set aside per reason, cells coerced, rows each analysis left out.</summary>
public static class DataQualityText
{
    /// <summary>The paragraphs of the data-quality section (the missing-values table comes after them).</summary>
    public static IReadOnlyList<string> For(ReportResults results, FormatContext format)
    {
        var mask = format.Mask;
        var flow = results.Flow;
        var paragraphs = new List<string>();
        var files = results.Provenance.Data
            .Select(d => $"{d.Path} ({mask.Count(d.Rows)} rows, {MethodsText.Int(d.Columns)} columns)")
            .ToList();
        paragraphs.Add($"{mask.Count(results.DataQuality.Rows)} rows were read from {Prose.List(files)}; {mask.Count(flow.Included)} met the study criteria.");

        if (flow.Excluded.Count > 0)
        {
            var reasons = flow.Excluded.Select(e => $"{mask.Count(e.N)} {e.Reason}").ToList();
            paragraphs.Add($"Rows set aside ({mask.Count(flow.Excluded.Sum(e => e.N))}), each under its first reason: {string.Join("; ", reasons)}.");
        }
        else
        {
            paragraphs.Add("No row was set aside by the cohort rules.");
        }

        foreach (var c in results.DataQuality.Coerced)
            paragraphs.Add($"{mask.Count(c.N)} cells of {c.Variable} were set to missing ({c.Reason}).");

        var left = results.Analyses.Where(a => a.RowsMissing > 0).Select(a => $"{a.Title}: {mask.Count(a.RowsMissing)}").ToList();
        if (left.Count > 0)
            paragraphs.Add($"Rows left out of an analysis because a variable it needs was missing: {string.Join("; ", left)}.");

        return paragraphs;
    }
}
