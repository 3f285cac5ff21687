using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Tables;

/// <summary>The cohort flow as a table: screened, each exclusion reason, included, groups and further steps.</summary>
public static class FlowTableBuilder
{
    /// <summary>The flow table.</summary>
    public static ReportTable Build(CohortFlow flow, FormatContext format)
    {
        var mask = format.Mask;
        var style = format.Style;
        var rows = new List<TableRow> { TableRow.Data(flow.ScreenedLabel ?? "Screened", mask.Count(flow.Screened)) };
        if (flow.Excluded.Count > 0)
        {
            rows.Add(TableRow.Data("Excluded", mask.Count(flow.Excluded.Sum(e => e.N))));
            rows.AddRange(flow.Excluded.Select(e => TableRow.Data([new TableCell(e.Reason), new TableCell(mask.Count(e.N))], indent: 1)));
        }
        rows.Add(TableRow.Data(flow.IncludedLabel ?? "Included", mask.Count(flow.Included)));
        foreach (var group in flow.Groups)
        {
            var percent = flow.Included == 0 ? "" : $" ({style.Percent(100.0 * group.N / flow.Included)}%)";
            rows.Add(TableRow.Data([new TableCell(group.Level), new TableCell(mask.Masks(group.N) ? mask.Count(group.N) : mask.Count(group.N) + percent)], indent: 1));
        }
        foreach (var step in flow.Steps)
        {
            rows.Add(TableRow.Section(step.Label));
            foreach (var g in step.Groups)
            {
                var notMeeting = g.NotMeeting is int nm ? $" (not meeting: {mask.Count(nm)})" : "";
                rows.Add(TableRow.Data([new TableCell(g.Group + notMeeting), new TableCell(mask.Count(g.N))], indent: 1));
                rows.AddRange(g.Levels.Select(l => TableRow.Data([new TableCell(l.Level), new TableCell(mask.Count(l.N))], indent: 2)));
            }
        }
        var notes = new List<string> { "Each excluded row is counted once, under the first criterion it failed or reason it met, in the order listed." };
        if (mask.Statement() is string masked) notes.Add(masked);
        return new ReportTable
        {
            Name = "flow",
            Title = "Patient flow",
            Columns = [new TableColumn("Step", ColumnAlign.Left), new TableColumn("n")],
            Rows = rows,
            Notes = notes,
        };
    }
}
