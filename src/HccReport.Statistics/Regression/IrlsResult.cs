namespace HccReport.Statistics.Regression;

/// <summary>The outcome of one IRLS run on a design (internal; indices are design columns).</summary>
internal sealed class IrlsResult
{
    /// <summary>Coefficients; NaN where aliased.</summary>
    public required double[] Beta { get; init; }

    public required bool[] Aliased { get; init; }

    /// <summary>Unscaled covariance, row-major m x m, zero for aliased rows and columns.</summary>
    public required double[] Covariance { get; init; }

    public required double Deviance { get; init; }

    public required int Iterations { get; init; }

    public required bool Converged { get; init; }

    /// <summary>Linear predictor at <see cref="Beta"/> (offset included).</summary>
    public required double[] Eta { get; init; }

    /// <summary>The last IRLS step, beta_k - beta_(k-1) (0 where aliased).</summary>
    public required double[] LastStep { get; init; }

    public int Rank => Aliased.Count(a => !a);
}
