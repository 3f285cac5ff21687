namespace HccReport.Statistics.Regression;

/// <summary>
/// One coefficient of a logistic fit with R's and SPSS's columns (Estimate, Std. Error, z value, Pr(&gt;|z|);
/// B, S.E., Wald, Sig., Exp(B), C.I. for EXP(B)). For an aliased column every number is null, as R's NA.
/// </summary>
public sealed record LogisticCoefficient
{
    /// <summary>Column name, or "(Intercept)".</summary>
    public required string Term { get; init; }

    /// <summary>True when the column is a linear combination of the intercept and earlier columns (R: coefficient NA).</summary>
    public required bool Aliased { get; init; }

    /// <summary>beta, on the log-odds scale.</summary>
    public required double? Estimate { get; init; }

    /// <summary>Standard error of beta: square root of the diagonal of the inverse information.</summary>
    public required double? StandardError { get; init; }

    /// <summary>Wald z = beta / SE.</summary>
    public required double? Z { get; init; }

    /// <summary>SPSS's Wald chi-square, z^2 on 1 df.</summary>
    public required double? Wald { get; init; }

    /// <summary>Two-sided Wald p value, 2 P(Z &gt; |z|).</summary>
    public required double? P { get; init; }

    /// <summary>exp(beta).</summary>
    public required double? OddsRatio { get; init; }

    /// <summary>Lower confidence bound of beta (log-odds), by the fit's <see cref="LogisticFit.IntervalMethod"/>; null if it does not exist.</summary>
    public required double? Lower { get; init; }

    /// <summary>Upper confidence bound of beta (log-odds); null if it does not exist.</summary>
    public required double? Upper { get; init; }

    /// <summary>exp(<see cref="Lower"/>).</summary>
    public double? OddsRatioLower => Lower is { } l ? Math.Exp(l) : null;

    /// <summary>exp(<see cref="Upper"/>).</summary>
    public double? OddsRatioUpper => Upper is { } u ? Math.Exp(u) : null;
}
