using System.Globalization;
using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Tables;

/// <summary>
/// Summary of a Kaplan-Meier analysis: per curve the rows, events, median with its interval, survival at each
/// landmark time with its interval, and the restricted mean when asked for; the log-rank test and follow-up in notes.
/// </summary>
public static class KaplanMeierTableBuilder
{
    /// <summary>The table for a Kaplan-Meier analysis.</summary>
    public static ReportTable Build(KaplanMeierResult result, FormatContext format)
    {
        var style = format.Style;
        var mask = format.Mask;
        var unit = format.TimeUnit;
        var level = style.Level(result.ConfidenceLevel);
        var landmarks = result.Groups.Count == 0 ? [] : result.Groups[0].At.Select(a => a.Time).ToList();

        var columns = new List<TableColumn>
        {
            new(result.Display.LegendTitle ?? (result.By is null ? "Curve" : result.By), ColumnAlign.Left),
            new("n"),
            new("Events"),
            new($"Median, {unit} ({level}\u00a0CI)"),
        };
        columns.AddRange(landmarks.Select(t => new TableColumn($"{style.Landmark(t)} {unit}, % ({level}\u00a0CI)")));
        if (result.Rmst is not null)
            columns.Add(new TableColumn($"RMST to {style.Landmark(result.Rmst.Tau)} {unit} ({level}\u00a0CI)"));

        var rows = new List<TableRow>();
        for (var g = 0; g < result.Groups.Count; g++)
        {
            var group = result.Groups[g];
            var cells = new List<string>
            {
                group.Level,
                mask.Count(group.N),
                mask.Count(group.Events),
                $"{style.Time(group.Median)} ({style.TimeInterval(group.MedianLower, group.MedianUpper)})",
            };
            foreach (var at in group.At)
            {
                cells.Add(at.Survival is null
                    ? "\u2013"
                    : $"{NumberStyle.Fixed(100 * at.Survival.Value, 1)} ({style.SurvivalInterval(at.Lower, at.Upper)})");
            }
            if (result.Rmst is not null)
            {
                var r = result.Rmst.Groups.FirstOrDefault(x => x.Level == group.Level);
                cells.Add(r is null ? "\u2013" : $"{style.Time(r.Estimate)} ({style.TimeInterval(r.Lower, r.Upper)})");
            }
            rows.Add(TableRow.Data([.. cells]));
        }

        var notes = new List<string>();
        if (result.Logrank is { } test)
        {
            var name = test.Method switch
            {
                "peto-peto" => "Peto-Peto test",
                "fleming-harrington" => $"Fleming-Harrington test (\u03c1 = {NumberStyle.Fixed(test.Rho, 1)})",
                _ => "Log-rank test",
            };
            var strata = test.Strata is null ? "" : $", stratified by {test.Strata}";
            notes.Add($"{name}{strata}: \u03c7\u00b2 = {NumberStyle.Fixed(test.Chisq, 2)}, df = {test.Df.ToString(CultureInfo.InvariantCulture)}, {style.PStatement(test.P)}.");
        }
        if (result.FollowUp is { } fu)
            notes.Add($"Median follow-up (reverse Kaplan-Meier): {style.Time(fu.Median)} {unit} ({style.CiClause(style.TimeInterval(fu.Lower, fu.Upper), result.ConfidenceLevel)}).");
        if (result.Rmst?.Difference is { } d && result.Rmst.Groups.Count == 2)
            notes.Add($"Difference in RMST ({result.Rmst.Groups[1].Level} minus {result.Rmst.Groups[0].Level}): {style.Time(d.Estimate)} {unit} ({style.CiClause(style.TimeInterval(d.Lower, d.Upper), result.ConfidenceLevel)}; {style.PStatement(d.P)}).");
        notes.Add($"Kaplan-Meier estimates; {CiWords(result.ConfidenceInterval)} {level} CIs from Greenwood's variance; median CIs by the {MedianWords(result.MedianMethod)} method. NR, not reached.");
        if (result.Where is not null) notes.Add($"Analysed set: rows meeting \u201c{result.Where}\u201d.");
        if (mask.Statement() is string masked) notes.Add(masked);
        notes.AddRange(result.Notes);

        var abbreviations = new List<Abbreviation> { new("CI", "confidence interval"), new("NR", "not reached") };
        if (result.Rmst is not null) abbreviations.Add(new Abbreviation("RMST", "restricted mean survival time"));

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

    /// <summary>"log-transformed", "log-log-transformed" or "untransformed".</summary>
    internal static string CiWords(string transform) =>
        transform switch
        {
            "log" => "log-transformed",
            "log-log" => "log-log-transformed",
            "plain" => "untransformed (plain)",
            _ => transform,
        };

    /// <summary>"Brookmeyer-Crowley" or "Wald (SPSS)".</summary>
    internal static string MedianWords(string method) =>
        method switch
        {
            "brookmeyer-crowley" => "Brookmeyer-Crowley",
            "wald" => "Wald (standard error of the median, as SPSS)",
            _ => method,
        };
}
