using System.Text;
using HccReport.Rendering.Tables;

namespace HccReport.Rendering.Outputs;

/// <summary>
/// Writes a table as CSV (RFC 4180): one header row (a spanning heading joined to its column's, "Multivariable
/// analysis: P value"), then the body rows as printed, section rows with their heading in the first cell, indented
/// levels prefixed with spaces, notes left out. UTF-8 with a byte-order mark (so that Excel reads Chinese labels),
/// "\n" line endings; cells are the report's formatted text, so numbers are already in the invariant culture.
/// </summary>
public static class CsvTableWriter
{
    /// <summary>The CSV file's bytes.</summary>
    public static byte[] Write(ReportTable table)
    {
        var csv = new StringBuilder();
        var header = table.Columns.Select((column, i) =>
        {
            var group = table.Groups.FirstOrDefault(g => i >= g.First && i < g.First + g.Span);
            return group is null ? column.Heading : group.Heading + ": " + column.Heading;
        });
        AppendRecord(csv, header);
        foreach (var row in table.Rows)
        {
            AppendRecord(csv, Enumerable.Range(0, table.Columns.Count).Select(i =>
            {
                var text = i < row.Cells.Count ? row.Cells[i].PlainText : "";
                return i == 0 && row.Indent > 0 ? new string(' ', 2 * row.Indent) + text : text;
            }));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRecord(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append('\n');
    }

    /// <summary>A field quoted when it holds a comma, quote, line break or leading/trailing space; quotes doubled.</summary>
    internal static string Quote(string field)
    {
        // Non-breaking spaces keep "n = 169" on one line in print; a CSV holds plain spaces.
        field = field.Replace('\u00a0', ' ');
        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field.StartsWith(' ') || field.EndsWith(' ')
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
    }
}
