namespace HccReport.Statistics.Selection;

/// <summary>
/// What selection needs of a fit: its columns, log-likelihood, coefficients and their covariance
/// (in the order of <see cref="Columns"/>; an intercept, where there is one, is not included).
/// </summary>
public sealed record SelectionFit
{
    /// <summary>Design columns in the model.</summary>
    public required IReadOnlyList<int> Columns { get; init; }

    /// <summary>Log-likelihood (log partial likelihood for Cox) at the estimate.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>Coefficients of <see cref="Columns"/>, in that order.</summary>
    public required IReadOnlyList<double> Coefficients { get; init; }

    /// <summary>Covariance of <see cref="Coefficients"/> (inverse information), row-major, Columns.Count squared.</summary>
    public required double[,] Covariance { get; init; }

    /// <summary>Whether the fit converged.</summary>
    public required bool Converged { get; init; }

    /// <summary>Family-specific state a <see cref="ISelectableModel"/> needs for its score statistic (for example the full estimate with intercept).</summary>
    public object? State { get; init; }
}
