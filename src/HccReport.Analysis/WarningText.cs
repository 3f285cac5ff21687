using System.Globalization;
using System.Text.RegularExpressions;

namespace HccReport.Analysis;

/// <summary>A warning as a report records it: with small counts masked when the spec asks for suppression.</summary>
internal static partial class WarningText
{
    // A whole number standing alone ("in 2 row(s)"), not part of a name ("age_gt50") or a decimal ("0.95").
    [GeneratedRegex(@"(?<![\w.])\d+(?![\w.])", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();

    /// <summary>
    /// <paramref name="text"/> with every whole number from 1 to <paramref name="suppressBelow"/> - 1 written as
    /// "&lt;N": a warning's numbers are row counts, and <c>suppress_below</c> masks every count under N in every output.
    /// </summary>
    public static string ForReport(string text, int? suppressBelow)
    {
        if (suppressBelow is not int below || below <= 1) return text;
        var mask = "<" + below.ToString(CultureInfo.InvariantCulture);
        return WholeNumber().Replace(text, m =>
            int.TryParse(m.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n < below ? mask : m.Value);
    }
}
