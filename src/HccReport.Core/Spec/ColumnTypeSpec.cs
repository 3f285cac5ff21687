namespace HccReport.Core.Spec;

/// <summary>A column's type set in the spec (spec key <c>data.types</c>).</summary>
/// <param name="Column">The column.</param>
/// <param name="Type">Its type.</param>
public sealed record ColumnTypeSpec(SpecName Column, ColumnType Type);
