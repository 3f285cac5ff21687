namespace HccReport.Core.Spec;

/// <summary>Kaplan-Meier confidence interval transformation (km <c>ci</c>), as R's <c>survfit(conf.type=)</c>.</summary>
public enum ConfidenceIntervalType
{
    /// <summary><c>log</c> (default, as R).</summary>
    Log,

    /// <summary><c>log-log</c>.</summary>
    LogLog,

    /// <summary><c>plain</c>.</summary>
    Plain,
}
