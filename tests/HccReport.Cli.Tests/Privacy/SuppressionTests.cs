using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HccReport.Cli.Tests.Specs;
using HccReport.Results;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>
/// <c>suppress_below: 10</c> end to end on the small spec, whose flow, stage groups, risk tables, subgroups and
/// baseline cells hold many counts under 10: no such count is left in any table, figure, the HTML, the PDF or
/// results.json; everything else is what the unmasked report says; and the report says what it did. Each scan is
/// first run on the unmasked report, where it must find the small counts, so that it cannot pass by seeing nothing.
/// </summary>
[Collection(SmallCollection.Name)]
public class SuppressionTests(SmallReport full, SuppressedReport masked) : IClassFixture<SuppressedReport>
{
    private const int Below = SuppressedReport.Below;
    private const string Statement = "Counts from 1 to 9 are shown as “<10” and their percentages are withheld (small-cell suppression).";

    private static void NoneLeft(List<string> inFull, List<string> inMasked, int expectedInFull)
    {
        Assert.True(inFull.Count >= expectedInFull, $"the unmasked report should show small counts here; found only:\n{string.Join("\n", inFull)}");
        Assert.True(inMasked.Count == 0, "small counts left in the suppressed report:\n" + string.Join("\n", inMasked));
    }

    [Fact]
    public void NoTableShowsACountUnderTheThreshold() =>
        NoneLeft(SmallCounts.InCsv(full.Report, Below), SmallCounts.InCsv(masked.Report, Below), 20);

    [Fact]
    public void NoFigureShowsACountUnderTheThreshold() =>
        NoneLeft(SmallCounts.InSvg(full.Report, Below), SmallCounts.InSvg(masked.Report, Below), 20);

    [Fact]
    public void TheHtmlShowsNoCountUnderTheThreshold() =>
        NoneLeft(SmallCounts.InHtml(full.Report, Below), SmallCounts.InHtml(masked.Report, Below), 10);

    [Fact]
    public void ThePdfShowsNoCountUnderTheThreshold() =>
        NoneLeft(SmallCounts.InPdf(full.Report, Below), SmallCounts.InPdf(masked.Report, Below), 5);

    [Fact]
    public void FiguresMaskTheirBoxesRiskTablesAndForestColumns()
    {
        var flow = Texts(masked.Report, "figures/flowchart.svg");
        Assert.Contains("Excluded (n < 10)", flow);
        Assert.Contains("Other primary tumour (n < 10)", flow);
        Assert.Contains("No consent for data use (n < 10)", flow);
        Assert.Contains("Patients analysed (n = 73)", flow);

        // Stage IV: 8 patients. The legend and every number at risk of its row are masked (0 stays).
        var km = Texts(masked.Report, "figures/km_os_stage.svg");
        Assert.Contains("IV (n < 10)", km);
        var iv = km.LastIndexOf("IV");
        Assert.Equal(["<10", "<10", "<10", "0", "0"], km.Skip(iv + 1).Take(5));

        // Forest plot of subgroups: stage IV row, n and events.
        var forest = Texts(masked.Report, "figures/subgroups.svg");
        var row = forest.IndexOf("IV");
        Assert.Equal(["<10", "<10"], forest.Skip(row + 1).Take(2));
        Assert.Equal(["II", "33", "17"], forest.Skip(forest.IndexOf("II")).Take(3));
    }

    [Fact]
    public void TablesMaskCountsPercentagesSummariesAndChecks()
    {
        var flow = Csv(masked.Report, "tables/flow.csv");
        Assert.Contains(["  Other primary tumour", "<10"], flow);
        Assert.Contains(["Patients analysed", "73"], flow);

        var table1 = Csv(masked.Report, "tables/table1.csv");
        Assert.Contains(["  IV", "<10 (–)", "<10 (–)", "<10 (–)", "", ""], table1);

        // Age by stage: stage IV has 8 patients, so its mean (SD) is withheld; stage II's (34) is not.
        var byStage = Csv(masked.Report, "tables/table_stage.csv");
        Assert.Equal(["Characteristic", "I (n = 13)", "II (n = 34)", "III (n = 18)", "IV (n = <10)", "p value"], byStage[0]);
        Assert.Equal("–", byStage[1][4]);
        Assert.Matches(@"^[0-9]+\.[0-9] \([0-9]+\.[0-9]\)$", byStage[1][2]);

        // The manuscript checks: a matching printed 3 beside a recomputed 3 would give the count back.
        var checks = Csv(masked.Report, "tables/checks.csv");
        Assert.Contains(["Invented abstract, other primary tumour", "flow.excluded[1].n", "<10", "<10", "Matches"], checks);
        Assert.Contains(["Invented abstract, screened", "flow.screened", "80", "80", "Matches"], checks);
    }

    [Fact]
    public void MaskingChangesNothingButTheSmallCounts()
    {
        // Cell by cell, a masked table differs from the unmasked one only where a small count (or its percentage,
        // or a small group's summary) was: "3" → "<10", "7 (19%)" → "<10 (–)", "2.7" → "–".
        foreach (var file in full.Report.Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var (before, after) = (Csv(full.Report, file), Csv(masked.Report, file));
            Assert.Equal(before.Count, after.Count);
            for (var r = 0; r < before.Count; r++)
            {
                Assert.Equal(before[r].Count, after[r].Count);
                for (var c = 0; c < before[r].Count; c++)
                {
                    if (before[r][c] == after[r][c]) continue;
                    Assert.True(after[r][c] == "–" || after[r][c] == MaskLike(before[r][c]),
                        $"{file} row {r + 1} column {c + 1}: \"{before[r][c]}\" became \"{after[r][c]}\"");
                }
            }
        }
    }

    [Fact]
    public void TheReportSaysItMaskedCounts()
    {
        Assert.DoesNotContain(Statement, full.Report.Text("report.html"), StringComparison.Ordinal);
        var html = masked.Report.Text("report.html");
        Assert.Contains("<p class=\"title-note\">Counts from 1 to 9 are shown as “&lt;10” and their percentages are withheld (small-cell suppression).</p>", html);
        var pdf = string.Join(" ", masked.Report.PdfWords("report.pdf")[0].Select(w => w.Text));
        Assert.Contains(Statement, pdf, StringComparison.Ordinal);
        // Under every table that masks, too.
        Assert.True(Regex.Count(html, Regex.Escape("withheld (small-cell suppression).")) >= 5);
    }

    [Fact]
    public void ResultsJsonHoldsNoCountUnderTheThreshold()
    {
        var json = JsonNode.Parse(masked.Report.Text("results.json"))!;
        Assert.Equal(Below, (int)json["suppress_below"]!);
        var unmasked = JsonNode.Parse(full.Report.Text("results.json"))!;
        Assert.True(SmallCountFields(unmasked).Count > 100, "the unmasked results.json should hold many small counts");
        Assert.Empty(SmallCountFields(json));

        // What would give a masked count back is masked with it.
        var stage = json["analyses"]!["table1"]!["rows"]!.AsArray().First(r => (string)r!["variable"]! == "stage")!;
        var iv = stage["levels"]!.AsArray().First(l => (string)l!["level"]! == "IV")!;
        Assert.Equal("[null,null]", iv["percents"]!.ToJsonString());
        Assert.Null(iv["overall_percent"]);
        var ageByStage = json["analyses"]!["table_stage"]!["rows"]![0]!["summaries"]!;
        Assert.Null(ageByStage[3]!["mean"]);
        Assert.NotNull(ageByStage[1]!["mean"]);
        Assert.All(ageByStage.AsArray(), s => Assert.Null(s!["min"]));
        var check = json["checks"]!.AsArray().First(c => (string)c!["path"]! == "flow.excluded[1].n")!;
        Assert.Equal("<10", (string)check["printed"]!);
        Assert.Null(check["recomputed"]);

        // Estimates stay: the curves' times and survival, hazard ratios, P values.
        Assert.Equal(
            unmasked["analyses"]!["km_os"]!["groups"]![0]!["curve"]!["time"]!.ToJsonString(),
            json["analyses"]!["km_os"]!["groups"]![0]!["curve"]!["time"]!.ToJsonString());
        Assert.Equal(
            unmasked["analyses"]!["cox_os"]!["multivariable"]!["terms"]!.ToJsonString(),
            json["analyses"]!["cox_os"]!["multivariable"]!["terms"]!.ToJsonString());
    }

    [Fact]
    public void AThresholdOfOneMasksNothing()
    {
        using var folder = StudyFolder.Small("suppress_below: 1");
        var run = CommandLine.Run("render", folder.Spec, "--out", folder.Out());
        Assert.True(run.ExitCode == 0, run.ToString());
        var one = new ReportFolder(folder.Out());
        Assert.Equal(full.Report.Files, one.Files);
        foreach (var file in full.Report.Files.Where(f => f.StartsWith("tables/", StringComparison.Ordinal) || f.StartsWith("figures/", StringComparison.Ordinal)))
            Assert.True(full.Report.Bytes(file).AsSpan().SequenceEqual(one.Bytes(file)), $"{file} differs under suppress_below: 1");
    }

    private static List<string> SmallCountFields(JsonNode json)
    {
        var found = new List<string>();
        void Walk(JsonNode? node, string path, bool count)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o) Walk(value, path + "." + key, CountSuppression.CountFields.Contains(key));
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}[{i}]", count);
                    break;
                case JsonValue v when count && v.TryGetValue<double>(out var n) && n >= 1 && n < Below:
                    found.Add(path);
                    break;
            }
        }
        Walk(json, "", false);
        return found;
    }

    private static List<string> Texts(ReportFolder report, string svg) => [.. report.SvgTexts(svg).Select(t => t.Text)];

    private static List<List<string>> Csv(ReportFolder report, string file) => SmallCounts.CsvCells(report.Text(file));

    /// <summary>A cell as masking would print it: small whole numbers as "&lt;10", the percentage or bracket after one as "(–)".</summary>
    private static string MaskLike(string cell)
    {
        var masked = Regex.Replace(cell, @"(?<![A-Za-z0-9_.·\[<\-])[1-9](?![A-Za-z0-9_·%\]]|[.,][0-9])", "<10");
        return Regex.Replace(masked, @"<10 \([^)]*\)", "<10 (–)");
    }
}
