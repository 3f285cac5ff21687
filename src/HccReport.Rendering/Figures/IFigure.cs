using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// A figure that can be drawn as vectors onto a PDF page, written as SVG, and rasterised to PNG.
/// The same drawing code serves all three, so the PDF, the HTML and figures/ always agree.
/// </summary>
public interface IFigure
{
    /// <summary>File stem under figures/, e.g. <c>km_os</c> or <c>flowchart</c>.</summary>
    string Name { get; }

    /// <summary>Natural size in points (1/72 inch): the size at which text is the intended size.</summary>
    SKSize Size { get; }

    /// <summary>Draws the figure as vectors into <paramref name="bounds"/> (points), scaling uniformly to fit.</summary>
    void Draw(SKCanvas canvas, SKRect bounds);

    /// <summary>The figure as a standalone SVG document (text kept as text).</summary>
    string ToSvg();

    /// <summary>The figure as PNG at <paramref name="dpi"/> dots per inch (300 by default, 600 as an option).</summary>
    byte[] ToPng(int dpi);
}
