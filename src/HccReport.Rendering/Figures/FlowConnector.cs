using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>A connector of a flowchart: a polyline, with an arrowhead at its last point when it enters a box.</summary>
internal sealed record FlowConnector(IReadOnlyList<SKPoint> Points, bool ArrowAtEnd);
