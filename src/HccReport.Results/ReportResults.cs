namespace HccReport.Results;

/// <summary>
/// Everything a report shows, computed once from a spec and its data. Renderers read this and
/// nothing else, so every number a document prints must exist here (and in results.json) first.
/// </summary>
/// <remarks>Numbers are kept at full precision; rounding belongs to the renderers.</remarks>
public sealed record ReportResults
{
    /// <summary>The spec's title.</summary>
    public required string Title { get; init; }

    /// <summary>Optional subtitle or study description from the spec.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Label of the time unit of every time in the report (for example "months").</summary>
    public required string TimeUnit { get; init; }

    /// <summary>Which tool, inputs and conventions produced these results.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>The statistical conventions in force (R or SPSS compatible) and what they set.</summary>
    public required Conventions Conventions { get; init; }

    /// <summary>The cohort's flow from screened to included, with groups and further steps.</summary>
    public required CohortFlow Flow { get; init; }

    /// <summary>Missing values per variable and rows set aside, for the data-quality section.</summary>
    public required DataQuality DataQuality { get; init; }

    /// <summary>The analyses in spec order; results.json writes them as an object keyed by id.</summary>
    public required IReadOnlyList<AnalysisResult> Analyses { get; init; }

    /// <summary>Printed values of a manuscript set beside the recomputed ones (spec key <c>expect</c>).</summary>
    public IReadOnlyList<ExpectationCheck> Checks { get; init; } = [];

    /// <summary>Counts below this were masked in every rendered output (spec key <c>suppress_below</c>); null when off.</summary>
    public int? SuppressBelow { get; init; }

    /// <summary>Warnings that do not stop the report (for example a model that did not converge).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
