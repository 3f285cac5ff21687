using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// A flowchart box at its final place: its rectangle, its text lines, whether it has a border (captions have
/// none), and its role (screened, excluded, included, group, subset, not-meeting, level, caption).
/// </summary>
internal sealed record FlowBox(SKRect Rect, IReadOnlyList<PlacedText> Lines, bool Bordered, string Role);
