namespace HccReport.Core.Spec;

/// <summary>Effect size column of a baseline table (baseline <c>effect</c>).</summary>
public enum BaselineEffect
{
    /// <summary><c>none</c> (default): no effect column.</summary>
    None,

    /// <summary><c>odds_ratio</c>: univariate odds ratio of belonging to the first group, binary rows.</summary>
    OddsRatio,
}
