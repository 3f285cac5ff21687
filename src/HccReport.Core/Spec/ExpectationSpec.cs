using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>A value a manuscript printed, to be checked against the recomputed one (spec key <c>expect[i]</c>).</summary>
public sealed record ExpectationSpec
{
    /// <summary>The results.json path, e.g. <c>analyses.km_os.groups[0].median</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The printed value, verbatim (the YAML text, so <c>11.0</c> keeps its decimal).</summary>
    public required string Printed { get; init; }

    /// <summary>
    /// How the manuscript rounded: <c>decimals:N</c>, <c>percent:N</c>, <c>p</c> or <c>integer</c>; null to take the
    /// number of decimals of <see cref="Printed"/>.
    /// </summary>
    public string? Rounding { get; init; }

    /// <summary>Where the value was printed, e.g. "Figure 1".</summary>
    public string? Source { get; init; }

    /// <summary>Position of the entry.</summary>
    public required SpecLocation Location { get; init; }
}
