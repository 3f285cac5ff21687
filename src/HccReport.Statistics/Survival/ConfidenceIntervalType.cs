namespace HccReport.Statistics.Survival;

/// <summary>
/// The scale on which a Kaplan-Meier pointwise interval is built, as survfit's <c>conf.type</c>.
/// With z = qnorm(1 - (1 - level) / 2) and se the Greenwood standard error of -log S:
/// </summary>
public enum ConfidenceIntervalType
{
    /// <summary>
    /// <c>conf.type = "log"</c> (R's default): exp(log S -/+ z se), upper limit capped at 1.
    /// Does not exist (null) where S = 0.
    /// </summary>
    Log,

    /// <summary>
    /// <c>conf.type = "log-log"</c>: exp(-exp(log(-log S) -/+ z se / log S)).
    /// Does not exist (null) where S = 0 or S = 1.
    /// </summary>
    LogLog,

    /// <summary><c>conf.type = "plain"</c>: S -/+ z S se, truncated to [0, 1]. Does not exist (null) where S = 0.</summary>
    Plain,
}
