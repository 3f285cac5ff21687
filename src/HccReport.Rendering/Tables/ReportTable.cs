namespace HccReport.Rendering.Tables;

/// <summary>
/// A table as every output prints it: the PDF draws it, the HTML writes it as a semantic &lt;table&gt;, and
/// tables/&lt;Name&gt;.csv holds the same cells. Cells are already formatted text, so the three agree digit for digit.
/// </summary>
public sealed record ReportTable
{
    /// <summary>File stem under tables/ and the HTML id, e.g. <c>table1</c> or <c>cox_os</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The caption after "Table N.", e.g. "Baseline characteristics by type of resistance".</summary>
    public required string Title { get; init; }

    /// <summary>The leaf columns, left to right.</summary>
    public required IReadOnlyList<TableColumn> Columns { get; init; }

    /// <summary>Headings that span consecutive columns (a second header row above the column headings).</summary>
    public IReadOnlyList<TableColumnGroup> Groups { get; init; } = [];

    /// <summary>The body rows in order.</summary>
    public required IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>Footnotes printed under the table, each a sentence; a footnote mark (*, †) starts those the cells refer to.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Abbreviations used in the table, printed as one line "Abbreviations: CI, confidence interval; ...".</summary>
    public IReadOnlyList<Abbreviation> Abbreviations { get; init; } = [];

    /// <summary>The abbreviations line, or null when there are none.</summary>
    public string? AbbreviationLine =>
        Abbreviations.Count == 0
            ? null
            : "Abbreviations: " + string.Join("; ", Abbreviations.Select(a => a.Short + ", " + a.Meaning)) + ".";
}
