using System.Globalization;

namespace HccReport.Core.Data;

/// <summary>
/// The order of levels without labels: numeric-looking levels by value ("2" before "10"), then the others in
/// ordinal order (culture-independent, so the order is the same on every machine).
/// </summary>
internal sealed class LevelOrder : IComparer<string>
{
    public static LevelOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return string.CompareOrdinal(x, y);
        var xIsNumber = TryNumber(x, out var xValue);
        var yIsNumber = TryNumber(y, out var yValue);
        if (xIsNumber && yIsNumber)
        {
            var byValue = xValue.CompareTo(yValue);
            return byValue != 0 ? byValue : string.CompareOrdinal(x, y);
        }
        if (xIsNumber != yIsNumber)
            return xIsNumber ? -1 : 1;
        return string.CompareOrdinal(x, y);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
