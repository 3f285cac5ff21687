using SkiaSharp;

namespace HccReport.Rendering.Pdf;

/// <summary>Page size and margins in points; the text block lies between the margins, header and footer outside it.</summary>
internal sealed record PageGeometry(float Width, float Height, float Left, float Right, float Top, float Bottom)
{
    public static PageGeometry For(PageSize size) =>
        size switch
        {
            PageSize.Letter => new PageGeometry(612f, 792f, 66f, 66f, 70f, 64f),
            _ => new PageGeometry(595.28f, 841.89f, 62f, 62f, 72f, 66f),
        };

    public float ContentWidth => Width - Left - Right;

    public float ContentBottom => Height - Bottom;

    public float ContentHeight => Height - Top - Bottom;

    public SKRect Content => new(Left, Top, Width - Right, Height - Bottom);
}
