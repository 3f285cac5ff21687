using HccReport.Rendering.Tests.Support;

namespace HccReport.Rendering.Tests;

public class SmokeTests(RenderedSample sample) : IClassFixture<RenderedSample>
{
    [Fact]
    public void WritesEveryFile()
    {
        Assert.Contains("report.pdf", sample.Report.Files);
        Assert.Contains("report.html", sample.Report.Files);
        Assert.Contains("tables/table1.csv", sample.Report.Files);
        Assert.Contains("figures/km_km_os.svg", sample.Report.Files);
    }
}
