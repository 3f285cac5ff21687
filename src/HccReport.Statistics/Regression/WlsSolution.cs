namespace HccReport.Statistics.Regression;

/// <summary>
/// One weighted least-squares solve of an IRLS step: coefficients (0 where aliased), which columns
/// were aliased, and the unscaled covariance (X'WX)^-1 over the estimable columns (zero rows and
/// columns for aliased ones), row-major m x m.
/// </summary>
internal sealed class WlsSolution
{
    public WlsSolution(double[] beta, bool[] aliased, double[] covariance)
    {
        Beta = beta;
        Aliased = aliased;
        Covariance = covariance;
    }

    public double[] Beta { get; }

    public bool[] Aliased { get; }

    public double[] Covariance { get; }

    public int Rank => Aliased.Count(a => !a);
}
