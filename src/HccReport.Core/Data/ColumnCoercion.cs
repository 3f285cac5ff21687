namespace HccReport.Core.Data;

/// <summary>Cells of one column that did not fit its type and were set to missing (<c>on_bad_cell: missing</c>).</summary>
/// <param name="Column">Column name.</param>
/// <param name="Count">Cells set to missing.</param>
/// <param name="Reason">What they held, e.g. "text in a number column".</param>
public sealed record ColumnCoercion(string Column, int Count, string Reason);
