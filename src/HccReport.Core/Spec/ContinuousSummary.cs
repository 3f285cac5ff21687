namespace HccReport.Core.Spec;

/// <summary>How a baseline table summarises continuous rows (baseline <c>continuous</c>).</summary>
public enum ContinuousSummary
{
    /// <summary><c>median_iqr</c> (default).</summary>
    MedianIqr,

    /// <summary><c>mean_sd</c>.</summary>
    MeanSd,
}
