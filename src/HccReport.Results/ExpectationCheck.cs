namespace HccReport.Results;

/// <summary>
/// A value a manuscript printed, set beside the value recomputed from the data (spec key <c>expect</c>).
/// </summary>
public sealed record ExpectationCheck
{
    /// <summary>The results.json path checked, e.g. <c>analyses.os_by_type.groups[0].median</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Where the value was printed, e.g. "Table 1, AFP>400 OR".</summary>
    public string? Source { get; init; }

    /// <summary>The value as printed, verbatim (for example "&lt;0.001" or "1.97").</summary>
    public required string Printed { get; init; }

    /// <summary>How the manuscript rounded: e.g. <c>decimals:2</c>, <c>percent:1</c>, <c>p</c>.</summary>
    public required string Rounding { get; init; }

    /// <summary>The recomputed value at full precision; null when it does not exist.</summary>
    public double? Recomputed { get; init; }

    /// <summary>The recomputed value rounded the way the manuscript rounds.</summary>
    public string? RecomputedRounded { get; init; }

    /// <summary>True when the printed and recomputed values agree after rounding.</summary>
    public required bool Match { get; init; }

    /// <summary>The verdict in plain words.</summary>
    public required string Message { get; init; }
}
