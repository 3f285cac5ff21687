using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Tables;

/// <summary>Missing values per variable among the included rows.</summary>
public static class DataQualityTableBuilder
{
    /// <summary>The missing-values table: one row per variable with at least one missing value; null when none has any.</summary>
    public static ReportTable? Build(DataQuality quality, FormatContext format)
    {
        var withMissing = quality.Missing.Where(m => m.Missing > 0).ToList();
        if (withMissing.Count == 0) return null;
        var rows = withMissing
            .Select(m => TableRow.Data(
                m.Variable,
                format.Mask.Count(m.Missing),
                format.Mask.Count(m.N),
                m.N == 0 || format.Mask.Masks(m.Missing) ? "\u2013" : format.Style.Percent(100.0 * m.Missing / m.N)))
            .ToList();
        var complete = quality.Missing.Count - withMissing.Count;
        var notes = new List<string>
        {
            complete == 0
                ? "Every variable has missing values."
                : $"{complete} other variable{(complete == 1 ? " has" : "s have")} no missing value among the included rows.",
        };
        if (format.Mask.Statement() is string masked) notes.Add(masked);
        return new ReportTable
        {
            Name = "missing_values",
            Title = "Missing values among the included rows",
            Columns = [new("Variable", ColumnAlign.Left), new("Missing"), new("Included rows"), new("Missing, %")],
            Rows = rows,
            Notes = notes,
        };
    }
}
