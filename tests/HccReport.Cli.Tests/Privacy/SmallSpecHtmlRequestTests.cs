using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>The small report requests nothing either, and the check itself sees requests where there are some.</summary>
[Collection(SmallCollection.Name)]
public class SmallSpecHtmlRequestTests(SmallReport small)
{
    [Fact]
    public void TheSmallReportRequestsNothing()
    {
        var document = HtmlRequests.Parse(small.Report.Text("report.html"));
        HtmlRequests.AssertForbidsNetwork(HtmlRequests.Policy(document).GetAttribute("content")!);
        Assert.Empty(HtmlRequests.Requests(document));
    }

    [Fact]
    public void TheCheckFindsRequests()
    {
        // The checks above would see an external image, a stylesheet link, a script or a CSS url().
        var document = HtmlRequests.Parse(
            "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">" +
            "<link rel=\"stylesheet\" href=\"https://cdn.example/x.css\"><style>body { background: url('https://t.example/p.gif') }</style></head>" +
            "<body><img src=\"https://t.example/p.gif?d=report\"><a href=\"#top\">top</a><script src=\"x.js\"></script></body></html>");
        Assert.Equal(6, HtmlRequests.Requests(document).Count); // link (element and href), the CSS url(), img src, script (element and src)
        Assert.ThrowsAny<Exception>(() => HtmlRequests.AssertForbidsNetwork("default-src 'none'; img-src https:"));
    }
}
