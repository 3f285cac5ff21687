using System.Collections.Immutable;

namespace HccReport.Core.Cohort;

/// <summary>A flow step's result within one group.</summary>
public sealed record CohortStepGroup
{
    /// <summary>Group level, or "All" without groups.</summary>
    public required string Group { get; init; }

    /// <summary>The group's rows after the step (a split keeps them all), ascending.</summary>
    public required ImmutableArray<int> Rows { get; init; }

    /// <summary>Number of rows after the step.</summary>
    public int N => Rows.Length;

    /// <summary>For a subset, rows of the group that did not meet the condition (missing counts as not met); null for a split.</summary>
    public int? NotMeeting { get; init; }

    /// <summary>For a split, the rows per level in level order, then "Missing" when some rows lack the column; empty for a subset.</summary>
    public IReadOnlyList<CohortGroup> Levels { get; init; } = [];
}
