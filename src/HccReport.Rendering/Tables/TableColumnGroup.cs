namespace HccReport.Rendering.Tables;

/// <summary>A heading over consecutive columns, e.g. "Multivariable analysis" over "HR (95% CI)" and "P value".</summary>
/// <param name="Heading">The spanning heading.</param>
/// <param name="First">Index of the first column it spans.</param>
/// <param name="Span">Number of columns it spans.</param>
public sealed record TableColumnGroup(string Heading, int First, int Span);
