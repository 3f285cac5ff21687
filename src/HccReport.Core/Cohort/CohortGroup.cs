using System.Collections.Immutable;

namespace HccReport.Core.Cohort;

/// <summary>The rows of one level (of the groups, or of a split step).</summary>
public sealed record CohortGroup
{
    /// <summary>Level label ("All" without groups; "Missing" for rows of a split missing the column).</summary>
    public required string Level { get; init; }

    /// <summary>The rows (indices into the data set), ascending.</summary>
    public required ImmutableArray<int> Rows { get; init; }

    /// <summary>Number of rows.</summary>
    public int N => Rows.Length;
}
