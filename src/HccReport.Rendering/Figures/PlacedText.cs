using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// One line of text at its final position: the unit every figure layout is made of, so a test can check
/// that text stays inside its box and clear of other text without looking at pixels.
/// </summary>
internal sealed record PlacedText(string Text, float X, float Baseline, TextStyle Style, SKTextAlign Align = SKTextAlign.Left)
{
    /// <summary>Measured advance width.</summary>
    public float Width => Style.Width(Text);

    /// <summary>Left edge of the text.</summary>
    public float Left => Align switch
    {
        SKTextAlign.Center => X - Width / 2,
        SKTextAlign.Right => X - Width,
        _ => X,
    };

    /// <summary>The box from the font's ascent to its descent, as unrotated text occupies it.</summary>
    public SKRect Bounds
    {
        get
        {
            float left = Left;
            return new SKRect(left, Baseline - Style.Ascent, left + Width, Baseline + Style.Descent);
        }
    }

    /// <summary>The same text moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public PlacedText MovedBy(float dx, float dy) => this with { X = X + dx, Baseline = Baseline + dy };

    /// <summary>Draws the text.</summary>
    public void Draw(SKCanvas canvas) => Style.Draw(canvas, Text, X, Baseline, Align);
}
