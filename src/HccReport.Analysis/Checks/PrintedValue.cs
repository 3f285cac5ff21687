namespace HccReport.Analysis.Checks;

/// <summary>
/// A value a manuscript printed (spec key <c>expect</c>): where it lives in results.json, the text as
/// printed, and how the manuscript rounded it.
/// </summary>
public sealed record PrintedValue
{
    /// <summary>A results.json path such as <c>analyses.km_os.groups[0].median</c>; an index may also be a selector, <c>rows[variable=afp_gt400]</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The value verbatim, e.g. "1.97", "&lt;0.001", "46.3", "NR".</summary>
    public required string Printed { get; init; }

    /// <summary>
    /// <c>auto</c> (decimals as printed), <c>decimals:N</c>, <c>percent:N</c> (the value times 100),
    /// <c>integer</c>, or <c>p</c> (a P value: "&lt;0.001" means below 0.001).
    /// </summary>
    public string Rounding { get; init; } = "auto";

    /// <summary>Where the manuscript printed it, e.g. "Table 1".</summary>
    public string? Source { get; init; }
}
