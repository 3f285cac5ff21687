namespace HccReport.Core.Data;

/// <summary>A table as read from CSV or xlsx: header, raw columns, the file row number of each row.</summary>
internal sealed class RawTable(string file, IReadOnlyList<RawColumn> columns, List<int> rowNumbers)
{
    public string File { get; } = file;

    public IReadOnlyList<RawColumn> Columns { get; } = columns;

    public List<int> RowNumbers { get; } = rowNumbers;

    public int RowCount => RowNumbers.Count;
}
