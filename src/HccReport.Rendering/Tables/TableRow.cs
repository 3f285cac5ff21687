namespace HccReport.Rendering.Tables;

/// <summary>A body row: one cell per column, or a section heading spanning the table.</summary>
public sealed record TableRow
{
    /// <summary>One cell per column; a section row has a single cell.</summary>
    public required IReadOnlyList<TableCell> Cells { get; init; }

    /// <summary>Data row or section heading.</summary>
    public TableRowKind Kind { get; init; } = TableRowKind.Data;

    /// <summary>Indent level of the first cell (1 for the levels under a categorical variable).</summary>
    public int Indent { get; init; }

    /// <summary>A data row from texts.</summary>
    public static TableRow Data(params string[] cells) => new() { Cells = [.. cells.Select(c => new TableCell(c))] };

    /// <summary>A data row from cells.</summary>
    public static TableRow Data(IEnumerable<TableCell> cells, int indent = 0) => new() { Cells = [.. cells], Indent = indent };

    /// <summary>A section heading spanning the table ("Univariate analysis").</summary>
    public static TableRow Section(string heading) => new() { Cells = [new TableCell(heading)], Kind = TableRowKind.Section };
}
