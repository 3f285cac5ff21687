using HccReport.Rendering.Outputs;
using HccReport.Rendering.Tests.Support;

namespace HccReport.Rendering.Tests;

public class DeterminismTests
{
    [Fact]
    public void RenderingTwiceGivesTheSameBytesInEveryFile()
    {
        var results = SampleReport.Create();
        using var first = new Render(results);
        using var second = new Render(results);
        Assert.Equal(first.Report.Files, second.Report.Files);
        Assert.Contains("report.pdf", first.Report.Files);
        Assert.Contains("report.html", first.Report.Files);
        Assert.Contains(first.Report.Files, f => f.StartsWith("tables/", StringComparison.Ordinal));
        foreach (var file in first.Report.Files)
            Assert.True(first.Bytes(file).AsSpan().SequenceEqual(second.Bytes(file)), $"{file} differs between two renders");
    }

    [Fact]
    public void DifferentContentGivesADifferentDocumentId()
    {
        var results = SampleReport.Create();
        using var first = new Render(results, new RenderOptions { Formats = [ReportFormat.Pdf] });
        using var second = new Render(results with { Title = results.Title + " (revised)" }, new RenderOptions { Formats = [ReportFormat.Pdf] });
        static string Id(byte[] pdf) => System.Text.Encoding.ASCII.GetString(pdf, pdf.AsSpan().LastIndexOf("/ID [<"u8) + 6, 32);
        Assert.NotEqual(Id(first.Bytes("report.pdf")), Id(second.Bytes("report.pdf")));
    }
}
