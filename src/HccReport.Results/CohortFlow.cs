namespace HccReport.Results;

/// <summary>
/// The cohort's path from screening to analysis, as a CONSORT-style flowchart shows it.
/// Invariant: <c>Screened == Included + sum(Excluded.N)</c>.
/// </summary>
public sealed record CohortFlow
{
    /// <summary>Rows read from the data.</summary>
    public required int Screened { get; init; }

    /// <summary>Label of the first box (spec key <c>cohort.screened</c>).</summary>
    public string? ScreenedLabel { get; init; }

    /// <summary>Failed inclusion criteria first, then exclusion reasons, in spec order; each row counted once, under its first reason.</summary>
    public required IReadOnlyList<FlowExclusion> Excluded { get; init; }

    /// <summary>Rows that met every criterion and no exclusion reason.</summary>
    public required int Included { get; init; }

    /// <summary>Label of the included box.</summary>
    public string? IncludedLabel { get; init; }

    /// <summary>The column that splits the included cohort, or null.</summary>
    public string? GroupsVariable { get; init; }

    /// <summary>Included rows per group level, in level order; empty without groups.</summary>
    public IReadOnlyList<FlowGroup> Groups { get; init; } = [];

    /// <summary>Further steps after the groups (a subset such as "received second-line treatment", or a split by a column).</summary>
    public IReadOnlyList<FlowStep> Steps { get; init; } = [];
}

/// <summary>One box line of excluded rows.</summary>
public sealed record FlowExclusion
{
    /// <summary>The reason as printed: "not meeting: criterion" for a failed inclusion criterion, else the exclusion reason.</summary>
    public required string Reason { get; init; }

    /// <summary>Rows counted under this reason (their first reason).</summary>
    public required int N { get; init; }

    /// <summary><c>inclusion</c> for a failed inclusion criterion, <c>exclusion</c> for an exclusion reason.</summary>
    public required string Kind { get; init; }
}

/// <summary>Included rows of one group level.</summary>
public sealed record FlowGroup
{
    /// <summary>Level label.</summary>
    public required string Level { get; init; }

    /// <summary>Rows in this level.</summary>
    public required int N { get; init; }
}

/// <summary>
/// A flow step applied within every group after the split: <c>subset</c> keeps the rows meeting a condition,
/// <c>split</c> divides each group by a column's levels.
/// </summary>
public sealed record FlowStep
{
    /// <summary>Box label, e.g. "Second-line treatment".</summary>
    public required string Label { get; init; }

    /// <summary><c>subset</c> or <c>split</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>For a split, the column whose levels divide each group.</summary>
    public string? Variable { get; init; }

    /// <summary>One entry per group (or a single "All" entry without groups).</summary>
    public required IReadOnlyList<FlowStepGroup> Groups { get; init; }
}

/// <summary>A flow step's counts within one group.</summary>
public sealed record FlowStepGroup
{
    /// <summary>Group level, or "All".</summary>
    public required string Group { get; init; }

    /// <summary>Rows after the step (for a split, the rows split).</summary>
    public required int N { get; init; }

    /// <summary>For a subset, rows of the group that did not meet the condition.</summary>
    public int? NotMeeting { get; init; }

    /// <summary>For a split, rows per level in level order; rows missing the column are counted as level "Missing".</summary>
    public IReadOnlyList<FlowGroup> Levels { get; init; } = [];
}
