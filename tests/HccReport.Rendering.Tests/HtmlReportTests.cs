using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HccReport.Rendering.Html;
using HccReport.Rendering.Outputs;
using HccReport.Rendering.Tests.Support;
using HccReport.Results;

namespace HccReport.Rendering.Tests;

[Collection(RenderedSampleCollection.Name)]
public class HtmlReportTests(RenderedSample sample)
{
    private string Html => File.ReadAllText(sample.HtmlPath);

    private IHtmlDocument Document => new HtmlParser().ParseDocument(Html);

    private static IElement TableByCaption(IHtmlDocument document, string caption) =>
        document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Contains(caption, StringComparison.Ordinal));

    private static string[] Row(IElement table, string stub) =>
        [.. table.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent == stub).Children.Select(c => c.TextContent)];

    [Fact]
    public void CarriesAContentSecurityPolicyThatForbidsEveryRequest()
    {
        var meta = Document.QuerySelector("meta[http-equiv='Content-Security-Policy']");
        Assert.NotNull(meta);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:", meta!.GetAttribute("content"));
    }

    [Fact]
    public void IsSelfContained()
    {
        var html = Html;
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        var document = Document;
        Assert.Empty(document.QuerySelectorAll("script, link, iframe, object, embed, base"));
        Assert.All(document.QuerySelectorAll("[src], [href]"), e =>
        {
            var target = e.GetAttribute("src") ?? e.GetAttribute("href")!;
            Assert.True(target.StartsWith('#') || target.StartsWith("data:", StringComparison.Ordinal), target);
        });
        Assert.Equal(3, document.QuerySelectorAll("figure svg").Length);
    }

    [Fact]
    public void TablesAreSemantic()
    {
        var tables = Document.QuerySelectorAll("table");
        Assert.Equal(8, tables.Length);
        foreach (var table in tables)
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.NotNull(table.QuerySelector("thead"));
            Assert.All(table.QuerySelectorAll("thead tr:last-child th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody tr:not(.section)"), tr => Assert.Equal("row", tr.Children[0].GetAttribute("scope")));
        }
    }

    [Fact]
    public void BaselineCellsMatchTheResults()
    {
        var table = TableByCaption(Document, "Table 2. Baseline characteristics by type of resistance");
        Assert.Equal(
            ["Characteristic", "Primary (n = 169)", "Secondary (n = 362)", "Overall (n = 531)", "OR (95% CI)", "P value"],
            table.QuerySelectorAll("thead th").Select(th => th.TextContent.Replace('\u00a0', ' ')));
        Assert.Equal(["Extrahepatic metastasis, n (%)", "107 (63.3)", "169 (46.7)", "276 (52.0)", "1.97 (1.36\u20132.87)", "<0.001*"], Row(table, "Extrahepatic metastasis, n (%)"));
        Assert.Contains("\u2020 Fisher's exact test.", table.ParentElement!.QuerySelector(".table-notes")!.TextContent);
    }

    [Fact]
    public void RegressionTableHasSpanningHeadings()
    {
        var table = TableByCaption(Document, "Prognostic factors for overall survival after second-line treatment");
        var groups = table.QuerySelectorAll("thead tr.groups th");
        Assert.Equal(["Univariate analysis", "Multivariable analysis"], groups.Select(g => g.TextContent));
        Assert.All(groups, g => Assert.Equal(("colgroup", "2"), (g.GetAttribute("scope"), g.GetAttribute("colspan"))));
        Assert.Equal(["Second-line regimen: TKI", "1.70 (1.06\u20132.73)", "0.029", "1.84 (1.13\u20132.98)", "0.014"], Row(table, "Second-line regimen: TKI"));
    }

    [Fact]
    public void SaysTheDataAreSynthetic()
    {
        var document = Document;
        Assert.Contains("SYNTHETIC DATA", document.QuerySelector(".synthetic")!.TextContent);
        Assert.Contains("SYNTHETIC DATA", document.QuerySelector("style")!.TextContent); // the printed running header
        Assert.Contains("The data in this report are synthetic", document.QuerySelector(".synthetic-statement")!.TextContent);
    }

    [Fact]
    public void HasThePrintStylesheet()
    {
        var css = Document.QuerySelector("style")!.TextContent;
        Assert.Contains("@media print", css);
        Assert.Contains("@page { size: A4;", css);
        Assert.Contains("counter(pages)", css);
    }

    [Fact]
    public void EscapesEveryLabel()
    {
        const string hostile = "<script>alert(1)</script> & \"Group\" <b>B</b>";
        var results = sample.Results with
        {
            Title = "Title with <i>markup</i> & </style> in it",
            Flow = sample.Results.Flow with { Groups = [new FlowGroup { Level = hostile, N = 169 }, new FlowGroup { Level = "Secondary", N = 362 }] },
        };
        using var render = new Render(results, new RenderOptions { Formats = [ReportFormat.Html] });
        var html = render.Text("report.html");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, b, i"));
        Assert.Equal("Title with <i>markup</i> & </style> in it", document.QuerySelector("h1")!.TextContent);
        Assert.Contains(hostile, document.Body!.TextContent);
        Assert.DoesNotContain("</style> in it\"", document.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void InlineSvgLosesItsNamespaceUrls()
    {
        var svg = HtmlReportWriter.InlineSvg(new PlaceholderFigure("f", "x").ToSvg().Replace("<rect", "<!-- made with https://example.org\n --><rect"));
        Assert.StartsWith("<svg width=", svg);
        Assert.DoesNotContain("http", svg);
        Assert.Contains("<rect", svg);
    }

    [Fact]
    public void LetterPrintsOnLetterPaper()
    {
        using var render = new Render(sample.Results, new RenderOptions { PageSize = Pdf.PageSize.Letter, Formats = [ReportFormat.Html] });
        Assert.Contains("@page { size: letter;", render.Text("report.html"));
    }
}
