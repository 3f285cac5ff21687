namespace HccReport.Statistics.Survival;

/// <summary>The family of weights w(t_i) in a weighted log-rank test (see <see cref="LogRankWeight"/>).</summary>
public enum LogRankWeighting
{
    /// <summary>
    /// Fleming-Harrington G(rho) as R's <c>survdiff(rho = rho)</c>: w = S(t-)^rho with S the pooled Kaplan-Meier
    /// of the stratum, taken left-continuous (just before t). rho = 0 is the log-rank test, rho = 1 Peto-Peto.
    /// </summary>
    FlemingHarrington,

    /// <summary>SPSS's "Breslow" (generalized Wilcoxon, Gehan-Breslow): w = n, the number at risk in the stratum.</summary>
    Breslow,

    /// <summary>SPSS's "Tarone-Ware": w = sqrt(n).</summary>
    TaroneWare,
}
