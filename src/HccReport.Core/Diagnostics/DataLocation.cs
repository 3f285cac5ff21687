using System.Globalization;
using System.Text;

namespace HccReport.Core.Diagnostics;

/// <summary>A position in a data file: the row (as a spreadsheet numbers it), the row's id and the column.</summary>
/// <param name="File">Path of the data file.</param>
/// <param name="Row">1-based row number in the file, the header being row 1 (so the first data row is row 2); null when the problem is not one row's.</param>
/// <param name="RowId">Value of the id column in that row, when known.</param>
/// <param name="Column">Column name, when the problem is one column's.</param>
/// <param name="ByteOffset">0-based byte offset in the file, for encoding problems.</param>
public sealed record DataLocation(string File, int? Row = null, string? RowId = null, string? Column = null, long? ByteOffset = null)
    : SourceLocation
{
    /// <summary>Path of the data file.</summary>
    public override string File { get; } = File;

    /// <inheritdoc/>
    public override string Format()
    {
        var parts = new List<string>(4);
        if (Row is { } row)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"row {row}"));
        if (RowId is not null)
            parts.Add("id " + DiagnosticCatalog.Shorten(RowId, 40));
        if (Column is not null)
            parts.Add("column " + DiagnosticCatalog.Shorten(Column, 40));
        if (ByteOffset is { } offset)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"byte {offset}"));
        var text = new StringBuilder(File);
        if (parts.Count > 0)
            text.Append('(').AppendJoin(", ", parts).Append(')');
        return text.ToString();
    }
}
