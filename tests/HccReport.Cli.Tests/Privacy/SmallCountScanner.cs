using System.Globalization;
using System.Text.RegularExpressions;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>
/// Finds counts a suppressed report should have masked: whole numbers from 1 to N - 1 standing alone in a text
/// (not part of a decimal, a range bound after "-", a path index or "&lt;N"), once the places where such a
/// number is not a count of people are taken out: the masking statement, degrees of freedom, page, table and figure
/// numbers, the reference "1", times ("at 6, 12 and 24 months"), the quantile type, the number of manuscript checks,
/// Fisher's "expected count below 5". Axis labels of figures are told apart by their layout (<see cref="AxisLabels"/>).
/// Anything else is reported, so a new sentence that prints a small count fails the test until it masks the count
/// (or the context is added here, after a look).
/// </summary>
internal static partial class SmallCountScanner
{
    private static readonly Regex[] NotCounts =
    [
        MaskStatement(),
        new(@"\bdf = [0-9]+"),
        new(@"\bPage [0-9]+ of [0-9]+"),
        new(@"\b(Table|Figure) [0-9]+"),
        new(@"\b1 \(reference\)"),
        new(@"(?<![0-9.,])([0-9]+, )*([0-9]+ and )?[0-9]+ (months|days|weeks|years)\b"),
        new(@"\bexpected count (was|is) below [0-9]+"),
        new(@"\btype 7 quantiles"),
        new(@"\bAll [0-9]+ printed values|\b[0-9]+ of [0-9]+ printed values"),
        new(@"\b[0-9]+ columns\b"),
    ];

    /// <summary>The small counts in one text (a table cell, a sentence, a label), after the contexts above are removed.</summary>
    public static IEnumerable<int> In(string text, int below)
    {
        var rest = NotCounts.Aggregate(text, (t, context) => context.Replace(t, " "));
        return StandaloneInteger().Matches(rest)
            .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))
            .Where(n => n >= 1 && n < below);
    }

    /// <summary>
    /// Axis labels among positioned texts: a row (same baseline) of three or more texts that are all numbers, increasing
    /// from left to right, evenly spaced in value (a time axis: 0, 6, 12...) or in ratio as log axes are (0.2, 0.5, 1, 2,
    /// 5 or 0.25, 0.5, 1, 2, 4). A risk-table or forest-plot row starts with its group's label and its counts do not
    /// increase, so it never qualifies. Vertical axes need no rule: they print survival (0.0-1.0) or percentages.
    /// </summary>
    public static IReadOnlySet<int> AxisLabels(IReadOnlyList<(double X, double Y, string Text)> texts)
    {
        var axis = new HashSet<int>();
        foreach (var row in texts.Select((t, i) => (t, i)).GroupBy(p => Math.Round(p.t.Y, 1)))
        {
            var items = row.OrderBy(p => p.t.X).ToList();
            if (items.Count < 3) continue;
            var values = new List<double>();
            foreach (var (t, _) in items)
            {
                if (!double.TryParse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) break;
                values.Add(v);
            }
            if (values.Count != items.Count || !IsScale(values)) continue;
            foreach (var (_, i) in items) axis.Add(i);
        }
        return axis;
    }

    private static bool IsScale(List<double> values)
    {
        var steps = values.Zip(values.Skip(1), (a, b) => b - a).ToArray();
        if (steps.Any(d => d <= 0)) return false;
        if (steps.All(d => Math.Abs(d - steps[0]) < 1e-9)) return true;
        return values[0] > 0 && values.Zip(values.Skip(1), (a, b) => b / a).All(r => r is >= 1.5 and <= 3);
    }

    [GeneratedRegex(@"Counts from 1 to [0-9]+ are shown as “<[0-9]+” and their percentages are withheld \(small-cell suppression\)\.")]
    private static partial Regex MaskStatement();

    /// <summary>A whole number not glued to letters, a decimal point or comma, "[", "&lt;", a minus sign or "%".</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_·\[<\-−]|[0-9][.,])[0-9]+(?![A-Za-z0-9_·%\]]|[.,][0-9])")]
    private static partial Regex StandaloneInteger();
}
