using System.Text;
using HccReport.Rendering.Outputs;
using HccReport.Rendering.Pdf;
using HccReport.Rendering.Tests.Support;
using HccReport.Rendering.Text;
using HccReport.Results;
using UglyToad.PdfPig;

namespace HccReport.Rendering.Tests;

[Collection(RenderedSampleCollection.Name)]
public class PdfReportTests(RenderedSample sample)
{
    private string AllText => string.Join(" ", PdfText.Pages(sample.PdfPath));

    [Fact]
    public void PrintsTheNumbersOfTheResults()
    {
        var text = AllText;
        var style = NumberStyle.Default;
        var km = sample.Results.Analyses.OfType<KaplanMeierResult>().Single();
        foreach (var g in km.Groups)
        {
            Assert.Contains($"{style.Time(g.Median)} ({style.TimeInterval(g.MedianLower, g.MedianUpper)})", text);
            foreach (var at in g.At)
                Assert.Contains($"{NumberStyle.Fixed(100 * at.Survival!.Value, 1)} ({style.SurvivalInterval(at.Lower, at.Upper)})", text);
        }
        var logit = sample.Results.Analyses.OfType<LogisticResult>().Single();
        foreach (var term in logit.Univariate.Concat(logit.Multivariable!.Terms))
            Assert.Contains(style.RatioWithInterval(term.Or, term.Lower, term.Upper), text);
        var baseline = sample.Results.Analyses.OfType<BaselineResult>().Single();
        foreach (var level in baseline.Rows.SelectMany(r => r.Levels))
            for (var i = 0; i < level.Counts.Count; i++)
                Assert.Contains($"{level.Counts[i]} ({style.Percent(level.Percents[i]!.Value)})", text);
        // And a few written out, so that a formatting regression cannot hide behind the formatter itself.
        Assert.Contains("11.0 (9.0\u201313.0)", text);
        Assert.Contains("1.76 (1.19\u20132.61)", text);
        Assert.Contains("128 (75.7)", text);
        Assert.Contains("\u03c7\u00b2 = 95.21, df = 1, P < 0.001", text);
        Assert.Contains("Median overall survival was 11.0 months (95% CI 9.0\u201313.0) in the Primary group", text);
        Assert.Contains("AFP > 400 ng/mL was the only variable independently associated with primary resistance (OR 1.76, 95% CI 1.19\u20132.61; P = 0.005)", text);
    }

    [Fact]
    public void HasTheSectionsInReportOrder()
    {
        var text = AllText;
        string[] order =
        [
            "SYNTHETIC DATA", "1 Study population", "Figure 1.", "Table 1. Patient flow", "2 Baseline characteristics",
            "3 Factors associated with primary resistance", "4 Overall survival by type of resistance", "Figure 2.",
            "5 Prognostic factors", "6 Second-line regimen", "7 Statistical methods", "8 Data quality", "9 Checks against the manuscript",
        ];
        var positions = order.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void TitleBlockCarriesProvenance()
    {
        var first = PdfText.Pages(sample.PdfPath)[0];
        Assert.Contains("HccReport 0.1.0", first);
        Assert.Contains(sample.Results.Provenance.SpecSha256, first.Replace(" ", ""));
        Assert.Contains("R-compatible: Efron ties", first);
        Assert.Contains("The data in this report are synthetic", first);
    }

    [Fact]
    public void EveryPageHasTheRunningTitleSyntheticNoticeAndPageNumber()
    {
        var pages = PdfText.Pages(sample.PdfPath);
        Assert.True(pages.Count >= 5);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains("Type of lenvatinib resistance and prognosis", pages[i]);
            Assert.Contains("SYNTHETIC DATA", pages[i]);
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
        }
    }

    [Fact]
    public void FlagsMismatchedChecksInPlainWords()
    {
        var text = AllText;
        Assert.Contains("3 of 4 printed values match the recomputed ones; 1 does not: Table 1, Male sex P (printed 0.315, recomputed 0.327).", text);
        Assert.Contains("Does not match", text);
    }

    [Fact]
    public void MetadataFontsAndPdfAMarkers()
    {
        var bytes = File.ReadAllBytes(sample.PdfPath);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("Type of lenvatinib resistance and prognosis in virus-associated HCC", pdf.Information.Title);
        Assert.Equal("HccReport 0.1.0", pdf.Information.Creator);
        Assert.Equal("HccReport", pdf.Information.Author);
        Assert.Equal("Reanalysis of a two-centre retrospective cohort (synthetic data)", pdf.Information.Subject);
        Assert.Contains("Kaplan-Meier", pdf.Information.Keywords);
        Assert.Contains("synthetic data", pdf.Information.Keywords);
        Assert.Equal(595, (int)pdf.GetPage(1).Width);
        Assert.Equal(841, (int)pdf.GetPage(1).Height);
        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", raw);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", raw);
        Assert.Contains("/OutputIntents", raw);
        Assert.Contains("/FontFile2", raw); // TrueType programs embedded
        Assert.Contains("D:20000101000000", raw); // the fixed date, not the clock
        Assert.All(pdf.GetPage(1).Letters.Take(50), l => Assert.Contains("LiberationSans", l.FontName));
    }

    [Fact]
    public void DocumentIdIsTheSameInTrailerAndXmp()
    {
        var bytes = File.ReadAllBytes(sample.PdfPath);
        var raw = Encoding.Latin1.GetString(bytes);
        var at = bytes.AsSpan().LastIndexOf("/ID [<"u8);
        Assert.True(at > 0);
        var id = raw.Substring(at + 6, 32);
        var uuid = $"{id[..8]}-{id[8..12]}-{id[12..16]}-{id[16..20]}-{id[20..]}".ToLowerInvariant();
        Assert.Contains($"<xmpMM:DocumentID>uuid:{uuid}</xmpMM:DocumentID>", raw);
        Assert.Contains($"<xmpMM:InstanceID>uuid:{uuid}</xmpMM:InstanceID>", raw);
        Assert.Contains($"/ID [<{id}> <{id}>]", raw);
    }

    [Fact]
    public void LongTableBreaksAcrossPagesWithItsHeaderRepeated()
    {
        var baseline = sample.Results.Analyses.OfType<BaselineResult>().Single();
        var rows = Enumerable.Range(1, 90).Select(i => baseline.Rows[0] with { Variable = $"v{i}", Label = $"Characteristic number {i}" }).ToList();
        var results = sample.Results with { Analyses = [baseline with { Rows = rows }] };
        using var render = new Render(results);
        var pages = render.PdfPages;
        var withRows = pages.Select((text, i) => (text, i)).Where(p => p.text.Contains("Characteristic number", StringComparison.Ordinal)).ToList();
        Assert.True(withRows.Count >= 3, $"the table spans {withRows.Count} pages");
        foreach (var (text, _) in withRows)
        {
            Assert.Contains("Characteristic Primary (n = 169) Secondary (n = 362) Overall (n = 531) OR (95% CI) P value", text);
        }
        foreach (var (text, _) in withRows.Skip(1))
            Assert.Contains("Table 2 (continued). Baseline characteristics by type of resistance", text);
        // Every row printed exactly once, in order.
        var all = string.Join(" ", withRows.Select(p => p.text));
        var positions = Enumerable.Range(1, 90).Select(i => all.IndexOf($"Characteristic number {i},", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.All(Enumerable.Range(1, 90), i => Assert.Equal(all.IndexOf($"number {i},", StringComparison.Ordinal), all.LastIndexOf($"number {i},", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("jama", "P < .001", "(OR, 1.76; 95% CI, 1.19-2.61; P = .005)", "1.76 (1.19-2.61)")]
    [InlineData("nejm", "P<0.001", "(odds ratio, 1.76; 95% CI, 1.19 to 2.61; P=0.005)", "1.76 (1.19 to 2.61)")]
    [InlineData("lancet", "p<0.0001", "(OR 1.76, 95% CI 1.19\u20132.61; p=0.0049)", "78 (46%)")]
    public void PrintsNumbersInTheJournalStyleChosen(string style, string p, string clause, string cell)
    {
        using var render = new Render(sample.Results, new RenderOptions { Style = NumberStyle.FromName(style), Formats = [ReportFormat.Pdf] });
        var text = string.Join(" ", render.PdfPages);
        Assert.Contains(p, text);
        Assert.Contains(clause, text);
        Assert.Contains(cell, text);
    }

    [Fact]
    public void LetterPagesWhenAsked()
    {
        using var render = new Render(sample.Results, new RenderOptions { PageSize = PageSize.Letter, Formats = [ReportFormat.Pdf] });
        using var pdf = PdfDocument.Open(render.Bytes("report.pdf"));
        Assert.Equal(612, (int)pdf.GetPage(1).Width);
        Assert.Equal(792, (int)pdf.GetPage(1).Height);
        Assert.False(File.Exists(Path.Combine(render.Directory, "report.html")));
    }

    [Fact]
    public void MaskedCountsAndTheSentenceSayingSo()
    {
        var figures = new PlaceholderFigures();
        using var render = new Render(sample.Results, new RenderOptions { SuppressBelow = 10, Formats = [ReportFormat.Pdf] }, figures);
        var text = string.Join(" ", render.PdfPages);
        Assert.Contains("Other primary tumour <10", text);
        Assert.Contains("Immune monotherapy <10", text);
        Assert.Contains("Counts from 1 to 9 are shown as \u201c<10\u201d and their percentages are withheld (small-cell suppression).", text);
        Assert.DoesNotContain("7 Other primary tumour", text);
        Assert.Contains("\"  Other primary tumour\",<10", render.Text("tables/flow.csv"));
        Assert.All(figures.Contexts, c => Assert.Equal(10, c.SuppressBelow));
    }

    [Fact]
    public void SpecMaskingCannotBeLoweredByTheOptions()
    {
        var results = sample.Results with { SuppressBelow = 15 };
        using var render = new Render(results, new RenderOptions { SuppressBelow = 5, Formats = [ReportFormat.Pdf] });
        Assert.Contains("Counts from 1 to 14 are shown as", string.Join(" ", render.PdfPages));
    }

    [Fact]
    public void RealDataCarryNoSyntheticNotice()
    {
        var results = sample.Results with { Provenance = sample.Results.Provenance with { Synthetic = false, DataNote = null } };
        using var render = new Render(results, new RenderOptions { Formats = [ReportFormat.Pdf] });
        Assert.DoesNotContain("SYNTHETIC", string.Join(" ", render.PdfPages));
    }
}
