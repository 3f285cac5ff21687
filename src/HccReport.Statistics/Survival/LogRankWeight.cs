namespace HccReport.Statistics.Survival;

/// <summary>
/// The weight function of a k-group weighted log-rank test. Use the named members: <see cref="LogRank"/>
/// (R's and SPSS's default), <see cref="PetoPeto"/>, <see cref="FlemingHarrington"/>, <see cref="Breslow"/>,
/// <see cref="TaroneWare"/>.
/// </summary>
public sealed record LogRankWeight
{
    private LogRankWeight(LogRankWeighting kind, double rho)
    {
        Kind = kind;
        Rho = rho;
    }

    /// <summary>The weight family.</summary>
    public LogRankWeighting Kind { get; }

    /// <summary>rho of the Fleming-Harrington family; 0 for the other families.</summary>
    public double Rho { get; }

    /// <summary>w = 1: the log-rank (Mantel-Cox) test, R's <c>survdiff(rho = 0)</c>, SPSS's "Log Rank".</summary>
    public static LogRankWeight LogRank { get; } = new(LogRankWeighting.FlemingHarrington, 0);

    /// <summary>w = S(t-): the Peto-Peto modification of the Gehan-Wilcoxon test, R's <c>survdiff(rho = 1)</c>.</summary>
    public static LogRankWeight PetoPeto { get; } = new(LogRankWeighting.FlemingHarrington, 1);

    /// <summary>w = n at risk: SPSS's "Breslow" (generalized Wilcoxon).</summary>
    public static LogRankWeight Breslow { get; } = new(LogRankWeighting.Breslow, 0);

    /// <summary>w = sqrt(n at risk): SPSS's "Tarone-Ware".</summary>
    public static LogRankWeight TaroneWare { get; } = new(LogRankWeighting.TaroneWare, 0);

    /// <summary>w = S(t-)^rho, R's <c>survdiff(rho = rho)</c>.</summary>
    /// <param name="rho">A finite rho &gt;= 0.</param>
    public static LogRankWeight FlemingHarrington(double rho)
    {
        if (!(rho >= 0) || double.IsPositiveInfinity(rho))
            throw new ArgumentOutOfRangeException(nameof(rho), rho, "Expected a finite rho >= 0.");
        return new LogRankWeight(LogRankWeighting.FlemingHarrington, rho);
    }
}
