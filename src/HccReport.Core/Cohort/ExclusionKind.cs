namespace HccReport.Core.Cohort;

/// <summary>Why a row left the cohort.</summary>
public enum ExclusionKind
{
    /// <summary>It failed an inclusion criterion (the first it failed).</summary>
    Inclusion,

    /// <summary>It met an exclusion reason (the first it met).</summary>
    Exclusion,

    /// <summary>It has no value in the group column.</summary>
    MissingGroup,
}
