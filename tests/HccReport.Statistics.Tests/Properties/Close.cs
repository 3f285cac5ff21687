namespace HccReport.Statistics.Tests.Properties;

/// <summary>Agreement of two computations of one number, relative where the numbers are large, absolute near zero.</summary>
internal static class Close
{
    public static bool Enough(double a, double b, double tolerance) =>
        a == b || Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    public static bool Enough(double? a, double? b, double tolerance) =>
        a is null || b is null ? a is null && b is null : Enough(a.Value, b.Value, tolerance);
}
