using SkiaSharp;

namespace HccReport.Rendering.Pdf;

/// <summary>
/// Pages being filled from top to bottom. Each page is a list of drawing steps, replayed onto the PDF once the
/// page count is known (so that every footer can say "Page 3 of 12").
/// </summary>
internal sealed class PageSequence(PageGeometry geometry)
{
    private readonly List<List<Action<SKCanvas>>> pages = [[]];

    public PageGeometry Geometry { get; } = geometry;

    /// <summary>Vertical position of the next block.</summary>
    public float Y { get; set; } = geometry.Top;

    public IReadOnlyList<IReadOnlyList<Action<SKCanvas>>> Pages => pages;

    /// <summary>Space left on the current page.</summary>
    public float Remaining => Geometry.ContentBottom - Y;

    /// <summary>Whether nothing has been placed on the current page yet.</summary>
    public bool AtTop => Y <= Geometry.Top + 0.01f;

    /// <summary>Starts a new page unless <paramref name="height"/> fits on this one (or this page is still empty).</summary>
    public void Reserve(float height)
    {
        if (height > Remaining && !AtTop) NewPage();
    }

    public void NewPage()
    {
        pages.Add([]);
        Y = Geometry.Top;
    }

    /// <summary>Adds a drawing step to the current page.</summary>
    public void Draw(Action<SKCanvas> step) => pages[^1].Add(step);
}
