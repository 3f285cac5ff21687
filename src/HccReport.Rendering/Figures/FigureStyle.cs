using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// The house style of every figure, in points: 8 pt text with 9 pt axis titles at natural size, thin black
/// axes with outward ticks, no gridlines, no frame. One place so the three figures match.
/// </summary>
internal static class FigureStyle
{
    /// <summary>Outer margin around every figure.</summary>
    public const float Margin = 6f;

    /// <summary>Axis lines, ticks and box borders.</summary>
    public const float RuleWidth = 0.6f;

    /// <summary>Outward tick length.</summary>
    public const float TickLength = 3.5f;

    /// <summary>Gap between a tick's end and its label.</summary>
    public const float TickLabelGap = 2.5f;

    /// <summary>Smallest text size any layout may shrink to so that labels do not collide.</summary>
    public const float MinimumTextSize = 5f;

    /// <summary>Tick labels, tables, legends and boxes.</summary>
    public static TextStyle Body { get; } = new(8f);

    /// <summary>Column headers and group headings.</summary>
    public static TextStyle BodyBold { get; } = new(8f, Bold: true);

    /// <summary>Axis titles.</summary>
    public static TextStyle AxisTitle { get; } = new(9f);

    /// <summary>Axis lines and ticks.</summary>
    public static SKPaint RulePaint(float width = RuleWidth, SKColor? color = null) =>
        new()
        {
            Color = color ?? SKColors.Black,
            StrokeWidth = width,
            Style = SKPaintStyle.Stroke,
            IsAntialias = true,
            StrokeCap = SKStrokeCap.Butt,
        };

    /// <summary>A filled shape.</summary>
    public static SKPaint FillPaint(SKColor color) =>
        new() { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
}
