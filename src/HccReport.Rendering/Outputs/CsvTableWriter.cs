using System.Globalization;
using System.Text;
using CsvHelper;
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
    // Quote only where RFC 4180 needs it, plus leading or trailing spaces (indented row labels) that a
    // spreadsheet would otherwise trim.
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>The CSV file's bytes.</summary>
    public static byte[] Write(ReportTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, true))
        {
            var header = table.Columns.Select((column, i) =>
            {
                var group = table.Groups.FirstOrDefault(g => i >= g.First && i < g.First + g.Span);
                return group is null ? column.Heading : group.Heading + ": " + column.Heading;
            });
            WriteRecord(csv, header);
            foreach (var row in table.Rows)
            {
                WriteRecord(csv, Enumerable.Range(0, table.Columns.Count).Select(i =>
                {
                    var cell = i < row.Cells.Count ? row.Cells[i].PlainText : "";
                    return i == 0 && row.Indent > 0 ? new string(' ', 2 * row.Indent) + cell : cell;
                }));
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One field as the file holds it, quoted where needed.</summary>
    internal static string Quote(string field)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, true))
            WriteRecord(csv, [field]);
        return text.ToString().TrimEnd('\n');
    }

    // Non-breaking spaces keep "n = 169" on one line in print; a CSV holds plain spaces.
    private static void WriteRecord(CsvWriter csv, IEnumerable<string> fields) =>
        csv.WriteRecord(fields.Select(f => f.Replace('\u00a0', ' ')).ToArray());
}
