using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Tables;

/// <summary>
/// "Table 1": one column per group (and overall), n (%) for binary and categorical rows, median (IQR) or
/// mean (SD) for continuous ones, the univariate odds ratio when asked for, and the P value of the test
/// named in a footnote.
/// </summary>
public static class BaselineTableBuilder
{
    /// <summary>The table for a baseline analysis.</summary>
    public static ReportTable Build(BaselineResult result, FormatContext format)
    {
        var style = format.Style;
        var mask = format.Mask;
        var marks = new FootnoteMarks();
        var hasOr = result.Effect == "odds_ratio" && result.Rows.Any(r => r.Or is not null);

        var columns = new List<TableColumn> { new("Characteristic", ColumnAlign.Left) };
        columns.AddRange(result.Groups.Select(g => new TableColumn($"{g.Level} (n\u00a0=\u00a0{mask.Count(g.N)})")));
        if (result.ShowOverall) columns.Add(new TableColumn($"Overall (n\u00a0=\u00a0{mask.Count(result.Overall)})"));
        if (hasOr) columns.Add(new TableColumn("OR (95%\u00a0CI)"));
        columns.Add(new TableColumn(style.PHeading));

        var summaryWords = result.ContinuousSummary == "mean_sd" ? "mean (SD)" : "median (IQR)";
        var rows = new List<TableRow>();
        foreach (var row in result.Rows)
        {
            var pCell = row.P is double p
                ? new TableCell(style.P(p), row.Test is null ? null : marks.For(Prose.Capitalise(TestNames.Of(row.Test)) + "."))
                : new TableCell("\u2013");
            var orCell = new TableCell(row.Or is null ? "" : style.RatioWithInterval(row.Or, row.Lower, row.Upper));
            switch (row.Type)
            {
                case "continuous":
                {
                    var cells = new List<TableCell> { new($"{row.Label}, {summaryWords}") };
                    cells.AddRange(row.Summaries.Select(s => new TableCell(Summary(s, result.ContinuousSummary, format))));
                    if (result.ShowOverall) cells.Add(new TableCell(row.OverallSummary is null ? "" : Summary(row.OverallSummary, result.ContinuousSummary, format)));
                    if (hasOr) cells.Add(orCell);
                    cells.Add(pCell);
                    rows.Add(TableRow.Data(cells));
                    break;
                }
                case "binary" when row.Levels.Count == 1:
                {
                    var level = row.Levels[0];
                    var cells = new List<TableCell> { new($"{row.Label}, {style.CountPercentHeading}") };
                    cells.AddRange(LevelCells(level, result, format));
                    if (hasOr) cells.Add(orCell);
                    cells.Add(pCell);
                    rows.Add(TableRow.Data(cells));
                    break;
                }
                default:
                {
                    var head = new List<TableCell> { new($"{row.Label}, {style.CountPercentHeading}") };
                    head.AddRange(Enumerable.Repeat(new TableCell(""), result.Groups.Count + (result.ShowOverall ? 1 : 0)));
                    if (hasOr) head.Add(orCell);
                    head.Add(pCell);
                    rows.Add(TableRow.Data(head));
                    foreach (var level in row.Levels)
                    {
                        var cells = new List<TableCell> { new(level.Level) };
                        cells.AddRange(LevelCells(level, result, format));
                        if (hasOr) cells.Add(new TableCell(""));
                        cells.Add(new TableCell(""));
                        rows.Add(TableRow.Data(cells, indent: 1));
                    }
                    break;
                }
            }
        }

        var notes = new List<string>
        {
            $"Values are {style.CountPercentHeading.Replace("No.", "no.", StringComparison.Ordinal)} of the group's rows with a known value unless stated otherwise; continuous variables are {summaryWords}.",
        };
        notes.AddRange(marks.Notes());
        if (hasOr)
            notes.Add($"OR, odds of belonging to the {result.Groups[0].Level} group, from univariate logistic regression with a Wald {style.Level(0.95)} CI.");
        var missing = MissingNote(result, format);
        if (missing is not null) notes.Add(missing);
        if (result.Where is not null) notes.Add($"Analysed set: rows meeting \u201c{result.Where}\u201d.");
        if (mask.Statement() is string masked) notes.Add(masked);
        notes.AddRange(result.Notes);

        var abbreviations = new List<Abbreviation>();
        if (hasOr)
        {
            abbreviations.Add(new Abbreviation("CI", "confidence interval"));
            abbreviations.Add(new Abbreviation("OR", "odds ratio"));
        }
        if (result.Rows.Any(r => r.Type == "continuous"))
            abbreviations.Add(result.ContinuousSummary == "mean_sd" ? new Abbreviation("SD", "standard deviation") : new Abbreviation("IQR", "interquartile range"));

        return new ReportTable
        {
            Name = result.Id,
            Title = result.Title,
            Columns = columns,
            Rows = rows,
            Notes = notes,
            Abbreviations = abbreviations,
        };
    }

    private static IEnumerable<TableCell> LevelCells(BaselineLevel level, BaselineResult result, FormatContext format)
    {
        for (var i = 0; i < result.Groups.Count; i++)
            yield return new TableCell(format.Mask.CountPercent(format.Style, level.Counts[i], level.Percents[i]));
        if (result.ShowOverall)
        {
            yield return level.Overall is int n
                ? new TableCell(level.OverallPercent is double pct ? format.Mask.CountPercent(format.Style, n, pct) : format.Mask.Count(n))
                : new TableCell("");
        }
    }

    private static string Summary(ContinuousSummary s, string kind, FormatContext format)
    {
        // The median or mean of a handful of rows is close to, or is, one patient's value: withheld with the group's size.
        if (format.Mask.Masks(s.N)) return "\u2013";
        var style = format.Style;
        if (kind == "mean_sd")
            return s.Mean is double m ? $"{NumberStyle.Fixed(m, 1)} ({(s.Sd is double sd ? NumberStyle.Fixed(sd, 1) : "\u2013")})" : "\u2013";
        return s.Median is double med
            ? $"{NumberStyle.Fixed(med, 1)} ({style.Interval(s.Q1, s.Q3, 1, "\u2013")})"
            : "\u2013";
    }

    private static string? MissingNote(BaselineResult result, FormatContext format)
    {
        var parts = new List<string>();
        foreach (var row in result.Rows)
        {
            if (row.Missing.Count == 0 || row.Missing.All(m => m == 0)) continue;
            var perGroup = row.Missing.Select((m, i) => $"{format.Mask.Count(m)} in {result.Groups[i].Level}");
            parts.Add($"{row.Label}, {string.Join(", ", perGroup)}");
        }
        return parts.Count == 0 ? null : "Missing values (not in the percentages): " + string.Join("; ", parts) + ".";
    }
}
