using System.Globalization;
using HccReport.Core.Diagnostics;

namespace HccReport.Core.Data;

/// <summary>
/// Why a column that should hold numbers or dates was read as categorical, and what to write in the spec. Type
/// inference makes a column categorical when one value does not fit ("unknown" among ages, dates written
/// 01/06/2020); the message where the column is then used as a number or a date names that value and its row.
/// </summary>
internal static class CategoricalHint
{
    private static readonly string[] DatePatterns =
    [
        "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "yyyy/MM/dd", "dd-MM-yyyy", "MM-dd-yyyy", "yyyyMMdd",
        "d/M/yyyy", "M/d/yyyy", "d.M.yyyy", "dd/MM/yy", "MM/dd/yy", "dd.MM.yy", "dd-MMM-yyyy", "d-MMM-yy", "d MMM yyyy",
    ];

    private static readonly Dictionary<string, string> LooseOf = new(StringComparer.Ordinal)
    {
        ["d/M/yyyy"] = "dd/MM/yyyy", ["M/d/yyyy"] = "MM/dd/yyyy", ["d.M.yyyy"] = "dd.MM.yyyy",
    };

    /// <summary>A hint for a categorical column used where a number is needed, or null when most of its values are not numbers either.</summary>
    public static string? AsNumber(Column column, Dataset data)
    {
        if (column is not CategoricalColumn categorical || categorical.Levels.Count == 0)
            return null;
        var texts = categorical.Levels.Where(l => !CellValue.TryNumber(l, out _)).ToArray();
        if (texts.Length == 0 || texts.Length * 2 > categorical.Levels.Count)
            return null;
        var at = FirstRow(categorical, texts[0], data);
        return string.Create(CultureInfo.InvariantCulture,
            $"'{column.Name}' was read as categorical because {Quote(texts[0])}{at} is not a number; correct it, add it to data.missing, or set data.types.{column.Name}: number to list every such cell.");
    }

    /// <summary>A hint for a categorical column used where a date is needed: the date pattern its values follow, when one fits them all.</summary>
    public static string? AsDate(Column column, Dataset data)
    {
        if (column is not CategoricalColumn categorical || categorical.Levels.Count == 0)
            return null;
        // A sample is enough to name a pattern, and keeps a column of a million distinct texts cheap.
        var levels = categorical.Levels.Take(1000).ToArray();
        var fitting = DatePatterns.Where(p => levels.All(l => DateTime.TryParseExact(l, p, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))).ToList();
        // d/M/yyyy also reads 01/06/2020: name the strict pattern when it fits.
        fitting.RemoveAll(p => LooseOf.TryGetValue(p, out var strict) && fitting.Contains(strict));
        var example = Quote(levels[0]);
        if (fitting.Count == 1)
            return $"'{column.Name}' holds dates such as {example}, not ISO dates (yyyy-MM-dd): set data.date_format: {fitting[0]}.";
        if (fitting.Count > 1)
            return $"'{column.Name}' holds dates such as {example}, not ISO dates (yyyy-MM-dd): set data.date_format to their pattern ({string.Join(" or ", fitting.Take(2))}; the values alone do not tell which).";
        var notDates = levels.Where(l => !DatePatterns.Any(p => DateTime.TryParseExact(l, p, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            && !CellValue.TryDate(l, CellValue.DateFormats(null), out _)).ToArray();
        var first = notDates.Length > 0 ? notDates[0] : levels[0];
        return $"'{column.Name}' was read as categorical because {Quote(first)}{FirstRow(categorical, first, data)} is not a date; set data.types.{column.Name}: date (and data.date_format) to list every such cell.";
    }

    private static string Quote(string text) => "'" + DiagnosticCatalog.Shorten(text, 30) + "'";

    private static string FirstRow(CategoricalColumn column, string level, Dataset data)
    {
        var code = column.IndexOf(level);
        var codes = column.Codes;
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] == code)
                return string.Create(CultureInfo.InvariantCulture, $" (row {data.RowNumber(i)}, id {DiagnosticCatalog.Shorten(data.RowId(i), 30)})");
        }
        return "";
    }
}
