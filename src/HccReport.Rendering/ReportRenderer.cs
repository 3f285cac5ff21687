using HccReport.Rendering.Html;
using HccReport.Rendering.Outputs;
using HccReport.Rendering.Pdf;
using HccReport.Results;

namespace HccReport.Rendering;

/// <summary>
/// Renders the results of a spec: report.pdf, report.html, tables/*.csv, figures/*.png and figures/*.svg.
/// (results.json is the CLI's, written from <see cref="ResultsJson"/>.) Rendering reads the results only and is
/// deterministic: the same results and options give the same bytes in every file.
/// </summary>
public static class ReportRenderer
{
    /// <summary>Renders with the report's figures (<see cref="FigureFactory"/>).</summary>
    /// <param name="results">Everything the report shows.</param>
    /// <param name="options">Formats, style, page size, template, resolution, masking, font.</param>
    /// <param name="outputDirectory">The folder to write into; created if missing. Existing files of the same names are replaced.</param>
    /// <returns>The files written and any warnings.</returns>
    /// <exception cref="TemplateException">The spec's template is refused or broken.</exception>
    public static RenderedReport Render(ReportResults results, RenderOptions options, string outputDirectory) =>
        Render(results, options, outputDirectory, new FigureFactory());

    /// <summary>Renders with the figures of <paramref name="figures"/> (tests pass stand-ins here).</summary>
    /// <inheritdoc cref="Render(ReportResults, RenderOptions, string)"/>
    public static RenderedReport Render(ReportResults results, RenderOptions options, string outputDirectory, IFigureFactory figures)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Dpi is < 72 or > 2400) throw new ArgumentException($"Dpi must be between 72 and 2400, not {options.Dpi}.", nameof(options));

        var document = ReportDocumentBuilder.Build(results, options, figures);
        var files = new List<string>();
        var warnings = new List<string>();
        Directory.CreateDirectory(outputDirectory);

        // Rasterising the figures is most of a report's time, and each figure, the PDF and the HTML are independent:
        // they are made on every core at once, and only then is any file written (in document order), so a refused
        // template leaves nothing half-written behind.
        var figureNames = new OutputNames();
        var drawn = document.Figures.Select(block => block.Figure).ToArray();
        var stems = drawn.Select(figure => figureNames.Claim(figure.Name)).ToArray();
        var pngs = new byte[stems.Length][];
        var svgs = new byte[stems.Length][];
        byte[]? pdf = null;
        string? html = null;
        var missing = "";
        try
        {
            Parallel.Invoke(
                () => Parallel.For(0, stems.Length, i =>
                {
                    pngs[i] = drawn[i].ToPng(options.Dpi);
                    svgs[i] = System.Text.Encoding.UTF8.GetBytes(drawn[i].ToSvg());
                }),
                () =>
                {
                    if (options.Formats.Contains(ReportFormat.Pdf))
                        pdf = PdfReportWriter.Write(document, options.PageSize, options.Font, out missing);
                },
                () =>
                {
                    if (options.Formats.Contains(ReportFormat.Html))
                        html = HtmlReportWriter.Write(document, options.PageSize, options.TemplatePath, options.SpecDirectory);
                });
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.OfType<TemplateException>().FirstOrDefault() is { } refused)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(refused);
        }

        var tableNames = new OutputNames();
        foreach (var block in document.Tables)
            Write(outputDirectory, $"tables/{tableNames.Claim(block.Table.Name)}.csv", CsvTableWriter.Write(block.Table), files);
        for (var i = 0; i < stems.Length; i++)
        {
            Write(outputDirectory, $"figures/{stems[i]}.png", pngs[i], files);
            Write(outputDirectory, $"figures/{stems[i]}.svg", svgs[i], files);
        }

        if (pdf is not null)
        {
            if (missing.Length > 0)
                warnings.Add("Some characters could not be drawn in report.pdf because no installed font has them; install a CJK font or set the spec key font.");
            Write(outputDirectory, "report.pdf", pdf, files);
        }
        if (html is not null)
            Write(outputDirectory, "report.html", new System.Text.UTF8Encoding(false).GetBytes(html), files);

        return new RenderedReport { Files = files, Warnings = warnings };
    }

    private static void Write(string root, string relative, byte[] bytes, List<string> files)
    {
        var path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        files.Add(relative);
    }
}
