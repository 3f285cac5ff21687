namespace HccReport.Rendering.Outputs;

/// <summary>A document the renderer can write (command-line option <c>--format</c>).</summary>
public enum ReportFormat
{
    /// <summary>report.pdf (PDF/A-2b).</summary>
    Pdf,

    /// <summary>report.html (one self-contained file).</summary>
    Html,
}
