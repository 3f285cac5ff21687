using System.Globalization;

namespace HccReport.Core.Data;

/// <summary>
/// The order of levels without labels: numeric-looking levels by value ("2" before "10"), then the others in
/// ordinal order (culture-independent, so the order is the same on every machine).
/// </summary>
internal sealed class LevelOrder : IComparer<string>
{
    public static LevelOrder Instance { get; } = new();

    /// <summary>Sorts levels, parsing each once (a comparer that parses in every comparison is slow on a million ids).</summary>
    public static string[] Sort(IEnumerable<string> levels)
    {
        var items = levels.ToArray();
        var keys = new (bool IsNumber, double Value)[items.Length];
        for (var i = 0; i < items.Length; i++)
            keys[i] = (TryNumber(items[i], out var value), value);
        var order = Enumerable.Range(0, items.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var (x, y) = (keys[a], keys[b]);
            if (x.IsNumber && y.IsNumber)
            {
                var byValue = x.Value.CompareTo(y.Value);
                return byValue != 0 ? byValue : string.CompareOrdinal(items[a], items[b]);
            }
            if (x.IsNumber != y.IsNumber)
                return x.IsNumber ? -1 : 1;
            return string.CompareOrdinal(items[a], items[b]);
        });
        return order.Select(i => items[i]).ToArray();
    }

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
