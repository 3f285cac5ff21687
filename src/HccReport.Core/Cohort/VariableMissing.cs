namespace HccReport.Core.Cohort;

/// <summary>Missing values of one variable among the included rows.</summary>
/// <param name="Variable">Column or derived variable name.</param>
/// <param name="Missing">Missing values among the included rows.</param>
/// <param name="N">Included rows.</param>
public sealed record VariableMissing(string Variable, int Missing, int N);
