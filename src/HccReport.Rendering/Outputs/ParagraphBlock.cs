namespace HccReport.Rendering.Outputs;

/// <summary>A paragraph of text.</summary>
/// <param name="Text">The text, plain (no markup).</param>
/// <param name="Kind">Body text, a note, or a warning that must stand out.</param>
public sealed record ParagraphBlock(string Text, ParagraphKind Kind = ParagraphKind.Body) : ReportBlock;
