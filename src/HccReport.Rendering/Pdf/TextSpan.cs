namespace HccReport.Rendering.Pdf;

/// <summary>A run of text in one style; a paragraph is a list of them.</summary>
internal sealed record TextSpan(string Text, TextStyle Style);
