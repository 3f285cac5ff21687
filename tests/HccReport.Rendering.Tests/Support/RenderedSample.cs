using HccReport.Rendering.Outputs;
using HccReport.Results;

namespace HccReport.Rendering.Tests.Support;

/// <summary>The sample report rendered once per test run (PDF, HTML, CSV, figures), shared by the tests that read it.</summary>
public sealed class RenderedSample : IDisposable
{
    public RenderedSample()
    {
        Results = SampleReport.Create();
        Directory = Path.Combine(Path.GetTempPath(), "hccreport-rendering-tests", Guid.NewGuid().ToString("N"));
        Report = ReportRenderer.Render(Results, new RenderOptions(), Directory, new PlaceholderFigures());
    }

    public ReportResults Results { get; }

    public string Directory { get; }

    public RenderedReport Report { get; }

    public string PdfPath => Path.Combine(Directory, "report.pdf");

    public string HtmlPath => Path.Combine(Directory, "report.html");

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("HCCREPORT_KEEP_TEST_OUTPUT") is null)
            System.IO.Directory.Delete(Directory, recursive: true);
    }
}
