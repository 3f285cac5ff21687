using System.Globalization;

namespace HccReport.Core.Data;

/// <summary>How one cell text reads as each type; all parsing is invariant-culture.</summary>
internal static class CellValue
{
    private const NumberStyles Number = NumberStyles.Float;

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, Number, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>NaN, Inf and spreadsheet error values: never numbers, never silently a level.</summary>
    public static bool IsNonFinite(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower is "nan" or "inf" or "+inf" or "-inf" or "infinity" or "+infinity" or "-infinity" or "#num!" or "#div/0!" or "#value!" or "#n/a"
            || (double.TryParse(text, Number, CultureInfo.InvariantCulture, out var value) && !double.IsFinite(value));
    }

    /// <summary>A number too large for a double ("1e999", a run of digits from a damaged cell): it reads as infinity.</summary>
    public static bool IsOverflow(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || (text.Length > 1 && text[0] is '+' or '-' or '.' && char.IsAsciiDigit(text[1])))
        && double.TryParse(text, Number, CultureInfo.InvariantCulture, out var value) && double.IsInfinity(value);

    /// <summary>A number written with a decimal comma ("1,5"), as a German or French spreadsheet exports it.</summary>
    public static bool IsDecimalComma(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && comma == text.LastIndexOf(',') && text.IndexOf('.', StringComparison.Ordinal) < 0
            && TryNumber(string.Concat(text.AsSpan(0, comma), ".", text.AsSpan(comma + 1)), out _);
    }

    public static bool TryDate(string text, string[] formats, out int dayNumber)
    {
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            dayNumber = DateOnly.FromDateTime(value).DayNumber;
            return true;
        }
        dayNumber = 0;
        return false;
    }

    /// <summary>true/false in any letter case; with <paramref name="loose"/> (type set to boolean) also yes/no and 1/0.</summary>
    public static bool TryBoolean(string text, bool loose, out bool value)
    {
        var lower = text.ToLowerInvariant();
        switch (lower)
        {
            case "true":
                value = true;
                return true;
            case "false":
                value = false;
                return true;
            case "yes" or "1" when loose:
                value = true;
                return true;
            case "no" or "0" when loose:
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static string[] DateFormats(string? dateFormat) =>
        dateFormat is null ? ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss"] : ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", dateFormat];
}
