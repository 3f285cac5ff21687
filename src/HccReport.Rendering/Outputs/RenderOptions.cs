using HccReport.Rendering.Pdf;
using HccReport.Rendering.Text;

namespace HccReport.Rendering.Outputs;

/// <summary>How a report is rendered. Every member mirrors a spec key or a command-line option.</summary>
public sealed record RenderOptions
{
    /// <summary>The documents to write (<c>--format</c>); tables/ and figures/ are always written.</summary>
    public IReadOnlyList<ReportFormat> Formats { get; init; } = [ReportFormat.Pdf, ReportFormat.Html];

    /// <summary>Number style (spec key <c>style</c>).</summary>
    public NumberStyle Style { get; init; } = NumberStyle.Default;

    /// <summary>PDF page size (spec key <c>page_size</c>).</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>
    /// A Scriban template for the HTML (spec key <c>template</c>), as an absolute path; null for the built-in one.
    /// It may include the built-in partials by name and files from its own folder, nothing else.
    /// </summary>
    public string? TemplatePath { get; init; }

    /// <summary>The spec's folder: a custom template must lie inside it and may include only files from it (or built-in partials).
    /// Null: the template's own folder plays that role.</summary>
    public string? SpecDirectory { get; init; }

    /// <summary>Resolution of figures/*.png, in dots per inch.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>
    /// Mask counts below this (spec key <c>suppress_below</c>). The stricter of this and
    /// <see cref="HccReport.Results.ReportResults.SuppressBelow"/> applies.
    /// </summary>
    public int? SuppressBelow { get; init; }

    /// <summary>
    /// A font family for text the bundled Liberation Sans cannot draw (spec key <c>font</c>), for example
    /// "Noto Sans CJK SC" for Chinese names. Without it an installed family with the glyphs is looked for.
    /// </summary>
    public string? Font { get; init; }

    /// <summary>Author written into the PDF's metadata; null for the tool's name.</summary>
    public string? Author { get; init; }
}
