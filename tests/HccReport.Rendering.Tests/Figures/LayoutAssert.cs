using HccReport.Rendering.Figures;
using SkiaSharp;

namespace HccReport.Rendering.Tests.Figures;

/// <summary>Geometric checks shared by the figure tests.</summary>
internal static class LayoutAssert
{
    public const float Tolerance = 1e-3f;

    /// <summary>No two text lines share any area (their ascent-to-descent boxes, less a hair for touching edges).</summary>
    public static void NoOverlap(IEnumerable<PlacedText> texts)
    {
        var list = texts.Where(t => t.Text.Length > 0).ToList();
        for (int i = 0; i < list.Count; i++)
        {
            for (int j = i + 1; j < list.Count; j++)
            {
                var a = Shrunk(list[i].Bounds);
                var b = Shrunk(list[j].Bounds);
                Assert.False(a.IntersectsWith(b), $"\"{list[i].Text}\" at {list[i].Bounds} overlaps \"{list[j].Text}\" at {list[j].Bounds}");
            }
        }
    }

    /// <summary>Every text line lies inside the figure.</summary>
    public static void InsideFigure(IEnumerable<PlacedText> texts, SKSize size)
    {
        foreach (var t in texts)
        {
            var b = t.Bounds;
            Assert.True(b.Left >= -Tolerance && b.Top >= -Tolerance && b.Right <= size.Width + Tolerance && b.Bottom <= size.Height + Tolerance,
                $"\"{t.Text}\" at {b} leaves the figure {size}");
        }
    }

    public static SKRect Shrunk(SKRect r, float by = 0.01f) => new(r.Left + by, r.Top + by, r.Right - by, r.Bottom - by);
}
