using System.Collections.Immutable;

namespace HccReport.Core.Cohort;

/// <summary>
/// The cohort's flow from screened to included, groups and further steps, with the row indices behind every
/// count. Invariants (checked when built): <c>Screened == Included + sum(Excluded.N)</c> and, with groups,
/// <c>Included == sum(Groups.N)</c>.
/// </summary>
public sealed record CohortResult
{
    /// <summary>Rows read from the data.</summary>
    public required int Screened { get; init; }

    /// <summary>Label of the first box.</summary>
    public string? ScreenedLabel { get; init; }

    /// <summary>Failed inclusion criteria in spec order, then exclusion reasons in spec order, then rows missing the group column.</summary>
    public required IReadOnlyList<CohortExclusion> Excluded { get; init; }

    /// <summary>Rows included (indices into the data set), ascending.</summary>
    public required ImmutableArray<int> IncludedRows { get; init; }

    /// <summary>Number of included rows.</summary>
    public int Included => IncludedRows.Length;

    /// <summary>Label of the included box.</summary>
    public string? IncludedLabel { get; init; }

    /// <summary>The group column, or null.</summary>
    public string? GroupVariable { get; init; }

    /// <summary>Included rows per group level in level order (levels with no rows included); a single "All" group without groups.</summary>
    public required IReadOnlyList<CohortGroup> Groups { get; init; }

    /// <summary>Steps after the groups, in spec order.</summary>
    public IReadOnlyList<CohortStep> Steps { get; init; } = [];
}
