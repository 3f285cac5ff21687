using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>The HTML report makes no request of any kind when opened: a policy that forbids them, and nothing to request.</summary>
[Collection(FlagshipCollection.Name)]
public class FlagshipHtmlRequestTests(FlagshipReport flagship)
{
    [Fact]
    public void TheFlagshipReportRequestsNothing()
    {
        var document = HtmlRequests.Parse(flagship.Report.Text("report.html"));
        HtmlRequests.AssertForbidsNetwork(HtmlRequests.Policy(document).GetAttribute("content")!);
        Assert.Empty(HtmlRequests.Requests(document));
        Assert.True(document.QuerySelectorAll("svg").Length >= 20, "the figures are inline SVG");
    }
}
