using SkiaSharp;

namespace HccReport.Rendering.Pdf;

/// <summary>Size, weight, slant and colour of a run of text.</summary>
internal sealed record TextStyle(float Size, bool Bold = false, bool Italic = false, uint Color = 0xFF000000)
{
    public SKColor SkColor => new(Color);

    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };
}
