using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>
/// An inclusion criterion (<c>cohort.include[i]</c>: a row must meet it) or an exclusion reason
/// (<c>cohort.exclude[i]</c>: a row meeting it is excluded). A missing condition value counts as false.
/// </summary>
/// <param name="Label">The criterion or reason as the flowchart prints it.</param>
/// <param name="When">The condition.</param>
/// <param name="Location">Position of the entry.</param>
public sealed record CriterionSpec(string Label, SpecExpression When, SpecLocation Location);
