using System.Collections.Concurrent;
using HccReport.Rendering.Fonts;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// A size, weight and colour of the bundled Liberation Sans, with the measuring and drawing every figure
/// shares. Fonts are made with hinting off, subpixel positioning and linear metrics, so a width measured
/// here is the width drawn at any scale (PDF, SVG or a 600 dpi PNG) and the same on every machine.
/// </summary>
/// <remarks>
/// Fonts are cached per size, weight and slant for the life of the process: layouts measure thousands of
/// strings, and an <see cref="SKFont"/> is only read after creation (Skia's measuring is const), so sharing
/// one between threads is safe. The few sizes in use keep the cache small.
/// </remarks>
internal sealed record TextStyle(float Size, bool Bold = false, bool Italic = false, SKColor Color = default)
{
    private static readonly ConcurrentDictionary<(float Size, bool Bold, bool Italic), SKFont> Fonts = new();

    /// <summary>Text colour; black unless set.</summary>
    public SKColor Ink => Color == default ? SKColors.Black : Color;

    /// <summary>Distance between baselines of wrapped lines.</summary>
    public float LineHeight => Size * 1.22f;

    /// <summary>Height of capital letters above the baseline (positive).</summary>
    public float CapHeight => Font.Metrics.CapHeight;

    /// <summary>Distance from the baseline up to the highest glyph (positive).</summary>
    public float Ascent => -Font.Metrics.Ascent;

    /// <summary>Distance from the baseline down to the lowest glyph (positive).</summary>
    public float Descent => Font.Metrics.Descent;

    /// <summary>Advance width of <paramref name="text"/> in points.</summary>
    public float Width(string text) => Font.MeasureText(text);

    /// <summary>A copy at another size.</summary>
    public TextStyle WithSize(float size) => this with { Size = size };

    /// <summary>Draws one line with its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, SKTextAlign align)
    {
        using var paint = new SKPaint { Color = Ink, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawText(text, x, baseline, align, Font, paint);
    }

    private SKFont Font => Fonts.GetOrAdd((Size, Bold, Italic), key => CreateFont(key.Size, key.Bold, key.Italic));

    private static SKFont CreateFont(float size, bool bold, bool italic) =>
        new(ReportFonts.Get(bold, italic), size)
        {
            Hinting = SKFontHinting.None,
            Subpixel = true,
            LinearMetrics = true,
            Edging = SKFontEdging.Antialias,
        };
}
