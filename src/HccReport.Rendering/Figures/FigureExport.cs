using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HccReport.Rendering.Fonts;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// The three ways a figure leaves this assembly, shared by every figure so that the PDF page, the SVG and
/// the PNG come from the same drawing code: vectors onto a caller's canvas, an SVG document through
/// <see cref="SKSvgCanvas"/>, and a PNG rasterised through an <see cref="SKSurface"/>.
/// </summary>
/// <remarks>
/// Figures draw at their natural size in points with the origin at the top left. Nothing here reads a
/// clock, a culture or an installed font, and the drawing uses no clip paths or gradients (which would
/// carry generated ids), so the same results give byte-identical SVG and PNG.
/// </remarks>
internal static partial class FigureExport
{
    /// <summary>Fallbacks for SVG viewers without Liberation Sans: fonts with the same metrics first.</summary>
    private const string SvgFontFamily = ReportFonts.Family + ", Arimo, Arial, Helvetica, sans-serif";

    /// <summary>
    /// Draws <paramref name="paint"/> (made for <paramref name="size"/>) into <paramref name="bounds"/>,
    /// scaled uniformly to fit and centred, leaving the canvas state as it was.
    /// </summary>
    public static void Draw(SKCanvas canvas, SKRect bounds, SKSize size, Action<SKCanvas> paint)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (bounds.Width <= 0 || bounds.Height <= 0)
            throw new ArgumentOutOfRangeException(nameof(bounds), bounds, "Bounds must have a positive width and height.");

        float scale = Math.Min(bounds.Width / size.Width, bounds.Height / size.Height);
        float dx = bounds.Left + (bounds.Width - size.Width * scale) / 2;
        float dy = bounds.Top + (bounds.Height - size.Height * scale) / 2;

        int saved = canvas.Save();
        try
        {
            canvas.ClipRect(bounds);
            canvas.Translate(dx, dy);
            canvas.Scale(scale);
            paint(canvas);
        }
        finally
        {
            canvas.RestoreToCount(saved);
        }
    }

    /// <summary>
    /// A standalone SVG document on a white background. Text stays text (<c>&lt;text&gt;</c> elements); the
    /// size is given in points with a matching viewBox so the file prints at the figure's natural size.
    /// </summary>
    public static string ToSvg(SKSize size, Action<SKCanvas> paint)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(size), stream))
        {
            using var background = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
            canvas.DrawRect(SKRect.Create(size), background);
            paint(canvas);
        }

        var svg = Encoding.UTF8.GetString(stream.ToArray());
        svg = WithPhysicalSize(svg, size).Replace(
            "font-family=\"" + ReportFonts.Family + "\"", "font-family=\"" + SvgFontFamily + "\"", StringComparison.Ordinal);

        // Skia lists glyph positions as "x1, x2, "; SVG readers expect plain space-separated numbers.
        return CoordinateList().Replace(svg, m =>
            $" {m.Groups[1].Value}=\"{string.Join(' ', m.Groups[2].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))}\"");
    }

    [GeneratedRegex(@" (x|y)=""([-0-9.e]+(?:, ?[-0-9.e]+)*, ?)""", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinateList();

    /// <summary>Pixel size of a PNG of <paramref name="size"/> points at <paramref name="dpi"/>, rounded up so nothing is cut.</summary>
    public static SKSizeI PixelSize(SKSize size, int dpi) =>
        new((int)Math.Ceiling(Math.Round(size.Width * dpi / 72.0, 3)), (int)Math.Ceiling(Math.Round(size.Height * dpi / 72.0, 3)));

    /// <summary>A PNG on a white background at <paramref name="dpi"/>, with the density recorded in its pHYs chunk.</summary>
    public static byte[] ToPng(SKSize size, int dpi, Action<SKCanvas> paint)
    {
        if (dpi is < 36 or > 2400)
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "Resolution must be between 36 and 2400 dots per inch.");

        var pixels = PixelSize(size, dpi);
        var info = new SKImageInfo(pixels.Width, pixels.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Could not allocate a {pixels.Width} x {pixels.Height} raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(dpi / 72f);
        paint(canvas);
        canvas.Flush();

        using var pixmap = surface.PeekPixels();
        return PngWriter.Encode(pixmap, dpi);
    }

    private static string WithPhysicalSize(string svg, SKSize size)
    {
        // Skia writes width/height in user units; points plus a viewBox keep the physical size on paper
        // while letting HTML scale the drawing.
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        int end = svg.IndexOf('>', start);
        string w = size.Width.ToString("0.###", CultureInfo.InvariantCulture);
        string h = size.Height.ToString("0.###", CultureInfo.InvariantCulture);
        string root = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + $"width=\"{w}pt\" height=\"{h}pt\" viewBox=\"0 0 {w} {h}\">";
        return string.Concat(svg.AsSpan(0, start), root, svg.AsSpan(end + 1));
    }
}
