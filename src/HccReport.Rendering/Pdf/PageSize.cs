namespace HccReport.Rendering.Pdf;

/// <summary>PDF page size (spec key <c>page_size</c>).</summary>
public enum PageSize
{
    /// <summary>ISO A4, 210 x 297 mm (595.28 x 841.89 points).</summary>
    A4,

    /// <summary>US Letter, 8.5 x 11 inches (612 x 792 points).</summary>
    Letter,
}
