namespace HccReport.Statistics.Survival;

/// <summary>Method choices for <see cref="KaplanMeier.Fit"/>. The defaults are R's survfit defaults.</summary>
public sealed record KaplanMeierOptions
{
    /// <summary>The options R's <c>survfit(Surv(time, status) ~ 1)</c> uses: 95 % log intervals, Brookmeyer-Crowley median.</summary>
    public static KaplanMeierOptions Default { get; } = new();

    /// <summary>Confidence level of the pointwise and median intervals, as survfit's <c>conf.int</c> (0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Scale of the pointwise interval, as survfit's <c>conf.type</c> (log).</summary>
    public ConfidenceIntervalType ConfidenceIntervalType { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>Rule for the median and other quantiles (R's Brookmeyer-Crowley, or SPSS's Wald interval).</summary>
    public MedianMethod MedianMethod { get; init; } = MedianMethod.BrookmeyerCrowley;
}
