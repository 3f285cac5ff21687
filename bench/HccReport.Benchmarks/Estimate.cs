namespace HccReport.Benchmarks;

/// <summary>
/// One number a kernel produced, named as bench.R names R's counterpart (e.g. <c>cox_coef_x1</c>), so the two sides
/// can be compared. A value that does not exist (R's NA) is NaN.
/// </summary>
internal sealed record Estimate(string Name, double Value);
