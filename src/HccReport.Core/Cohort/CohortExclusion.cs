using System.Collections.Immutable;

namespace HccReport.Core.Cohort;

/// <summary>Rows set aside for one reason; each row is counted under its first reason only.</summary>
public sealed record CohortExclusion
{
    /// <summary>The criterion or reason as written in the spec.</summary>
    public required string Label { get; init; }

    /// <summary>The reason as a flowchart prints it: "not meeting: &lt;criterion&gt;", the exclusion reason, or "Missing &lt;group&gt;".</summary>
    public required string Reason { get; init; }

    /// <summary>Which list the reason comes from.</summary>
    public required ExclusionKind Kind { get; init; }

    /// <summary>The rows (indices into the data set) counted here, ascending.</summary>
    public required ImmutableArray<int> Rows { get; init; }

    /// <summary>Number of rows counted here.</summary>
    public int N => Rows.Length;
}
