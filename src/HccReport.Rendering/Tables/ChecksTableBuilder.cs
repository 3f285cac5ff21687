using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Tables;

/// <summary>Values a manuscript printed beside the recomputed ones, mismatches in bold.</summary>
public static class ChecksTableBuilder
{
    /// <summary>The checks table; null when the spec lists no printed value.</summary>
    public static ReportTable? Build(IReadOnlyList<ExpectationCheck> checks, FormatContext format)
    {
        if (checks.Count == 0) return null;
        var rows = checks
            .Select(c => TableRow.Data(
            [
                new TableCell(c.Source ?? ""),
                new TableCell(c.Path),
                new TableCell(c.Printed),
                new TableCell(c.RecomputedRounded ?? "does not exist"),
                new TableCell(c.Match ? "Matches" : "Does not match", Emphasis: !c.Match),
            ]))
            .ToList();
        var notes = checks.Where(c => !c.Match).Select(c => $"{c.Path}: {c.Message}").ToList();
        notes.Insert(0, "Recomputed values are rounded the way the manuscript rounded each one before comparing.");
        return new ReportTable
        {
            Name = "checks",
            Title = "Printed values checked against the recomputed ones",
            Columns =
            [
                new("Printed in", ColumnAlign.Left), new("Value", ColumnAlign.Left), new("Printed"), new("Recomputed"), new("Result"),
            ],
            Rows = rows,
            Notes = notes,
        };
    }
}
