using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>A reference level chosen for one categorical variable in one analysis (<c>reference: {var: level}</c>).</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Level">The reference level label.</param>
/// <param name="Location">Position of the level.</param>
public sealed record ReferenceLevelSpec(SpecName Variable, string Level, SpecLocation Location);
