namespace HccReport.Core.Spec;

/// <summary>What a cohort flow step does.</summary>
public enum FlowStepKind
{
    /// <summary><c>when</c>: keeps the rows of each group that meet a condition.</summary>
    Subset,

    /// <summary><c>split</c>: divides each group by a column's levels.</summary>
    Split,
}
