namespace HccReport.Rendering.Outputs;

/// <summary>One block of a section: a <see cref="ParagraphBlock"/>, <see cref="TableBlock"/> or <see cref="FigureBlock"/>.</summary>
public abstract record ReportBlock;
