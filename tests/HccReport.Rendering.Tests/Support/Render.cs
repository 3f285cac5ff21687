using HccReport.Rendering.Outputs;
using HccReport.Results;

namespace HccReport.Rendering.Tests.Support;

/// <summary>Renders into a fresh temporary folder that is removed afterwards.</summary>
internal sealed class Render : IDisposable
{
    public Render(ReportResults results, RenderOptions? options = null, IFigureFactory? figures = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "hccreport-rendering-tests", Guid.NewGuid().ToString("N"));
        Report = ReportRenderer.Render(results, options ?? new RenderOptions(), Directory, figures ?? new PlaceholderFigures());
    }

    public string Directory { get; }

    public RenderedReport Report { get; }

    public byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(Directory, relative));

    public string Text(string relative) => File.ReadAllText(Path.Combine(Directory, relative));

    public IReadOnlyList<string> PdfPages => PdfText.Pages(Bytes("report.pdf"));

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("HCCREPORT_KEEP_TEST_OUTPUT") is null && System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, recursive: true);
    }
}
