using HccReport.Cli.Commands;
using HccReport.Core.Spec;
using HccReport.Rendering;
using HccReport.Rendering.Outputs;
using HccReport.Results;
using RenderingPageSize = HccReport.Rendering.Pdf.PageSize;
using RenderingNumberStyle = HccReport.Rendering.Text.NumberStyle;

namespace HccReport.Cli.Output;

/// <summary>Writes every file of a report into a (staging) folder: results.json, then the documents, tables and figures.</summary>
internal static class ReportWriter
{
    public static void Write(ReportResults results, ReportSpec spec, DocumentFormats formats, string folder)
    {
        // Masked like the documents under suppress_below: the folder is shared as a whole.
        File.WriteAllBytes(Path.Combine(folder, "results.json"), ResultsJson.SerializeForReport(results));
        ReportRenderer.Render(results, Options(spec, formats), folder);
    }

    /// <summary>The renderer's options from the spec's presentation keys and <c>--format</c>.</summary>
    public static RenderOptions Options(ReportSpec spec, DocumentFormats formats)
    {
        var documents = new List<ReportFormat>();
        if (formats.Pdf) documents.Add(ReportFormat.Pdf);
        if (formats.Html) documents.Add(ReportFormat.Html);
        return new RenderOptions
        {
            Formats = documents,
            Style = RenderingNumberStyle.FromName(spec.Style.ToString().ToLowerInvariant()),
            PageSize = spec.PageSize == PageSize.Letter ? RenderingPageSize.Letter : RenderingPageSize.A4,
            TemplatePath = spec.Template,
            SpecDirectory = Path.GetDirectoryName(Path.GetFullPath(spec.FilePath)),
            SuppressBelow = spec.SuppressBelow,
            Font = spec.Font,
        };
    }
}
