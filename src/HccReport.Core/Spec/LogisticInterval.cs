namespace HccReport.Core.Spec;

/// <summary>Confidence interval of logistic odds ratios (logistic <c>interval</c>).</summary>
public enum LogisticInterval
{
    /// <summary><c>wald</c> (default).</summary>
    Wald,

    /// <summary><c>profile</c>: profile likelihood, as R's <c>confint()</c> on a glm.</summary>
    Profile,
}
