using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>The value labels of one column (spec key <c>data.labels.&lt;column&gt;</c>); their order is the level order.</summary>
/// <param name="Column">The column labelled.</param>
/// <param name="Labels">Value labels in level order.</param>
public sealed record ColumnLabelsSpec(SpecName Column, IReadOnlyList<ValueLabel> Labels);
