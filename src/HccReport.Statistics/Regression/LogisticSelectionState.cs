namespace HccReport.Statistics.Regression;

/// <summary>
/// What <see cref="LogisticSelectableModel"/> keeps of a fit for its score and conditional statistics:
/// the full estimate with the intercept, the last IRLS step and the full covariance, over the design
/// columns [intercept, selected columns...].
/// </summary>
internal sealed class LogisticSelectionState
{
    public required LogisticSelectableModel Owner { get; init; }

    /// <summary>Indices into the model's design (0 = intercept).</summary>
    public required int[] DesignColumns { get; init; }

    /// <summary>Estimates over <see cref="DesignColumns"/>; NaN where aliased.</summary>
    public required double[] Beta { get; init; }

    /// <summary>The last IRLS step over <see cref="DesignColumns"/> (0 where aliased).</summary>
    public required double[] LastStep { get; init; }

    /// <summary>Covariance over <see cref="DesignColumns"/>, row-major.</summary>
    public required double[] Covariance { get; init; }

    /// <summary>Residual deviance of the fit.</summary>
    public required double Deviance { get; init; }
}
