namespace HccReport.Rendering.Pdf;

/// <summary>One laid-out line: its pieces left to right and their total width.</summary>
internal sealed record TextLine(IReadOnlyList<TextSpan> Pieces, float Width)
{
    /// <summary>The largest font size on the line, which sets its height.</summary>
    public float Size => Pieces.Count == 0 ? 0 : Pieces.Max(p => p.Style.Size);
}
