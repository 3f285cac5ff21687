namespace HccReport.Statistics.Regression;

/// <summary>
/// Whether the outcome is separated by the covariates (Albert and Anderson, 1984), in which case the
/// maximum-likelihood estimates do not exist.
/// </summary>
public enum SeparationKind
{
    /// <summary>No separating direction was found: the estimates exist.</summary>
    None,

    /// <summary>
    /// Some combination of the covariates predicts the outcome perfectly for some observations and ties
    /// for the rest: at least one coefficient is infinite.
    /// </summary>
    QuasiComplete,

    /// <summary>A combination of the covariates predicts every outcome perfectly.</summary>
    Complete,
}
