namespace HccReport.Statistics.Survival;

/// <summary>How a Kaplan-Meier median (and any other survival quantile) and its interval are computed.</summary>
public enum MedianMethod
{
    /// <summary>
    /// R's survfit: the first time the curve is at or below 1 - p, the midpoint of an interval where it sits
    /// exactly on 1 - p (within sqrt(.Machine$double.eps)), and interval limits where the pointwise confidence
    /// bands cross 1 - p (Brookmeyer and Crowley, 1982). No standard error.
    /// </summary>
    BrookmeyerCrowley,

    /// <summary>
    /// SPSS KM: min{t : S(t) &lt;= 1 - p} with no midpoint; standard error by the Klein and Moeschberger
    /// large-sample rule SE(S(t_p)) / f, f = (S(u) - S(l)) / (l - u) with u the last event time where
    /// S &gt;= 1 - p + 0.05 and l the first where S &lt;= 1 - p - 0.05; Wald interval t_p -/+ 1.96 SE.
    /// </summary>
    SpssWald,
}
