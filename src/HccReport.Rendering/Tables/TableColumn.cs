namespace HccReport.Rendering.Tables;

/// <summary>A leaf column: its heading and how its cells align.</summary>
/// <param name="Heading">Column heading.</param>
/// <param name="Align">Alignment of the column's cells.</param>
public sealed record TableColumn(string Heading, ColumnAlign Align = ColumnAlign.Center);
