namespace HccReport.Core.Spec;

/// <summary>Test comparing survival curves (km <c>test</c>).</summary>
public enum SurvivalTest
{
    /// <summary><c>logrank</c> (default): R's <c>survdiff(rho = 0)</c>.</summary>
    LogRank,

    /// <summary><c>peto-peto</c>: R's <c>survdiff(rho = 1)</c>.</summary>
    PetoPeto,

    /// <summary><c>none</c>: no test.</summary>
    None,
}
