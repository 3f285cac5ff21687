using System.Globalization;
using HccReport.Rendering.Figures;
using HccReport.Rendering.Fonts;
using SkiaSharp;

namespace HccReport.Rendering.Tests.Support;

/// <summary>A stand-in for the real figures: a framed rectangle with a diagonal and a line of text.</summary>
internal sealed class PlaceholderFigure(string name, string text, float width = 420, float height = 260) : IFigure
{
    public string Name => name;

    public SKSize Size => new(width, height);

    public string Text => text;

    public void Draw(SKCanvas canvas, SKRect bounds)
    {
        var scale = Math.Min(bounds.Width / width, bounds.Height / height);
        canvas.Save();
        canvas.Translate(bounds.Left, bounds.Top);
        canvas.Scale(scale);
        using var stroke = new SKPaint { Color = new SKColor(0xFF1F3A5F), IsStroke = true, StrokeWidth = 1.2f, IsAntialias = true };
        using var fill = new SKPaint { Color = new SKColor(0xFFE8EEF6), IsAntialias = true };
        canvas.DrawRect(0, 0, width, height, fill);
        canvas.DrawRect(0, 0, width, height, stroke);
        canvas.DrawLine(0, height, width, 0, stroke);
        using var font = new SKFont(ReportFonts.Regular, 11);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText(text, 12, 22, SKTextAlign.Left, font, ink);
        canvas.Restore();
    }

    public string ToSvg() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{F(width)}\" height=\"{F(height)}\" viewBox=\"0 0 {F(width)} {F(height)}\">" +
        $"<rect x=\"0\" y=\"0\" width=\"{F(width)}\" height=\"{F(height)}\" fill=\"#e8eef6\" stroke=\"#1f3a5f\"/>" +
        $"<line x1=\"0\" y1=\"{F(height)}\" x2=\"{F(width)}\" y2=\"0\" stroke=\"#1f3a5f\"/>" +
        $"<text x=\"12\" y=\"22\" font-family=\"Liberation Sans\" font-size=\"11\">{System.Net.WebUtility.HtmlEncode(text)}</text></svg>\n";

    public byte[] ToPng(int dpi)
    {
        var scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(width * scale), (int)Math.Ceiling(height * scale));
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas, SKRect.Create(0, 0, info.Width, info.Height));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string F(float v) => v.ToString(CultureInfo.InvariantCulture);
}
