using HccReport.Rendering.Tables;

namespace HccReport.Rendering.Outputs;

/// <summary>
/// The report's content in reading order, built once from the results and drawn by the PDF writer and the
/// HTML template alike, so both documents say the same things in the same order.
/// </summary>
public sealed record ReportDocument
{
    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The subtitle, or null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>True when the data are synthetic: the title block and every page header say so.</summary>
    public bool Synthetic { get; init; }

    /// <summary>The notice printed when <see cref="Synthetic"/> is set.</summary>
    public string SyntheticNotice { get; init; } = "SYNTHETIC DATA";

    /// <summary>The sentence saying the data are synthetic, printed prominently under the title; null for real data.</summary>
    public string? SyntheticStatement { get; init; }

    /// <summary>Sentences under the title block (data note, masking statement).</summary>
    public IReadOnlyList<string> TitleNotes { get; init; } = [];

    /// <summary>Provenance lines of the title block as label and value (tool, spec and data hashes, conventions).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Provenance { get; init; }

    /// <summary>The sections in order.</summary>
    public required IReadOnlyList<ReportSection> Sections { get; init; }

    /// <summary>Every table of the report in order (each becomes tables/&lt;name&gt;.csv).</summary>
    public IEnumerable<TableBlock> Tables => Sections.SelectMany(s => s.Blocks).OfType<TableBlock>();

    /// <summary>Every figure of the report in order (each becomes figures/&lt;name&gt;.png and .svg).</summary>
    public IEnumerable<FigureBlock> Figures => Sections.SelectMany(s => s.Blocks).OfType<FigureBlock>();

    /// <summary>Document metadata: author.</summary>
    public required string Author { get; init; }

    /// <summary>Document metadata: subject.</summary>
    public required string Subject { get; init; }

    /// <summary>Document metadata: keywords, comma-separated.</summary>
    public required string Keywords { get; init; }

    /// <summary>Document metadata: creator, "HccReport x.y.z".</summary>
    public required string Creator { get; init; }
}
