using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Tables;

/// <summary>A subgroup analysis as a table: the hazard ratio of the comparison in every subgroup, with the interaction P value.</summary>
public static class SubgroupTableBuilder
{
    /// <summary>The table for a subgroup analysis.</summary>
    public static ReportTable Build(SubgroupResult result, FormatContext format)
    {
        var style = format.Style;
        var mask = format.Mask;
        var level = style.Level(0.95);
        var columns = new List<TableColumn>
        {
            new("Subgroup", ColumnAlign.Left),
            new("n"),
            new("Events"),
            new($"HR ({level}\u00a0CI)"),
            new(style.PHeading),
            new($"{style.PSymbol} for interaction"),
        };
        var rows = new List<TableRow> { Row("All patients", result.Overall, null, 0, format) };
        foreach (var variable in result.Variables)
        {
            rows.Add(TableRow.Data(variable.Label, "", "", "", "", variable.InteractionP is double ip ? style.P(ip) : "\u2013"));
            rows.AddRange(variable.Levels.Select(l => Row(l.Level, l, null, 1, format)));
        }
        var notes = new List<string>
        {
            $"Hazard ratio of {result.Compared} versus {result.Reference} ({result.By}) from Cox models within each subgroup ({(result.Ties == "breslow" ? "Breslow" : "Efron")} ties, Wald {level} CIs); interaction {style.PSymbol} values from likelihood-ratio tests.",
        };
        if (result.Where is not null) notes.Add($"Analysed set: rows meeting \u201c{result.Where}\u201d.");
        if (mask.Statement() is string masked) notes.Add(masked);
        notes.AddRange(result.Notes);
        return new ReportTable
        {
            Name = result.Id,
            Title = result.Title,
            Columns = columns,
            Rows = rows,
            Notes = notes,
            Abbreviations = [new("CI", "confidence interval"), new("HR", "hazard ratio")],
        };
    }

    private static TableRow Row(string label, SubgroupEstimate e, string? interaction, int indent, FormatContext format) =>
        TableRow.Data(
            [
                new TableCell(label),
                new TableCell(format.Mask.Count(e.N)),
                new TableCell(format.Mask.Count(e.Events)),
                new TableCell(format.Style.RatioWithInterval(e.Hr, e.Lower, e.Upper)),
                new TableCell(e.P is double p ? format.Style.P(p) : "\u2013"),
                new TableCell(interaction ?? ""),
            ],
            indent);
}
