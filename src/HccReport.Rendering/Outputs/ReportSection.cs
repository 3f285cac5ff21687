namespace HccReport.Rendering.Outputs;

/// <summary>A numbered part of the report with a heading.</summary>
/// <param name="Id">Anchor id (the analysis id, or a fixed name such as <c>methods</c>).</param>
/// <param name="Heading">The heading.</param>
/// <param name="Blocks">Paragraphs, tables and figures in order.</param>
public sealed record ReportSection(string Id, string Heading, IReadOnlyList<ReportBlock> Blocks);
