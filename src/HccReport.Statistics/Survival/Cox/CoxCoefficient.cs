namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// One covariate column of a Cox model: the row of R's <c>summary(coxph(...))</c>.
/// Values that do not exist for the <see cref="Status"/> are null.
/// </summary>
public sealed record CoxCoefficient
{
    /// <summary>Column name, as given to the fit.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the coefficient was estimated, dropped as collinear, or is infinite.</summary>
    public required CoxCoefficientStatus Status { get; init; }

    /// <summary>β, the log hazard ratio per unit of the column (R's <c>coef</c>).</summary>
    public required double? Estimate { get; init; }

    /// <summary>sqrt of the diagonal of the inverse information at β (R's <c>se(coef)</c>).</summary>
    public required double? StdError { get; init; }

    /// <summary>exp(β) (R's <c>exp(coef)</c>).</summary>
    public required double? HazardRatio { get; init; }

    /// <summary>Lower Wald limit exp(β − z·SE), z = qnorm(1 − (1 − level)/2).</summary>
    public required double? Lower { get; init; }

    /// <summary>Upper Wald limit exp(β + z·SE).</summary>
    public required double? Upper { get; init; }

    /// <summary>Wald z = β / SE.</summary>
    public required double? Z { get; init; }

    /// <summary>Two-sided Wald p value, R's <c>pchisq(z², 1, lower.tail = FALSE)</c>.</summary>
    public required double? P { get; init; }
}
