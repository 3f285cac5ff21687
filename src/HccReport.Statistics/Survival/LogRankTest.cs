namespace HccReport.Statistics.Survival;

/// <summary>
/// The result of a k-group (optionally stratified, optionally weighted) log-rank test, with R's
/// <c>survdiff</c> vocabulary. Per-group lists are parallel to <see cref="Groups"/>.
/// </summary>
/// <remarks>
/// At each distinct event time t_i of a stratum with n_i at risk (n_ki in group k) and d_i events, and weight w_i:
/// O_k = sum w_i d_ki, E_k = sum w_i d_i n_ki / n_i, and
/// V_kl = sum w_i^2 d_i (n_i - d_i) n_ki (delta_kl n_i - n_li) / (n_i^2 (n_i - 1)), all summed over strata.
/// The statistic is (O - E)' V^-1 (O - E) over the groups with E &gt; 0 less the first of them, on (that count - 1)
/// degrees of freedom, as survdiff.
/// </remarks>
public sealed record LogRankTest
{
    internal LogRankTest(string[] groups, int[] n, int[] events, double[] observed, double[] expected,
        double[][] variance, double chiSquare, int degreesOfFreedom, double? pValue, int strata, LogRankWeight weight)
    {
        Groups = Array.AsReadOnly(groups);
        N = Array.AsReadOnly(n);
        Events = Array.AsReadOnly(events);
        Observed = Array.AsReadOnly(observed);
        Expected = Array.AsReadOnly(expected);
        Variance = Array.AsReadOnly(variance.Select(row => (IReadOnlyList<double>)Array.AsReadOnly(row)).ToArray());
        ChiSquare = chiSquare;
        DegreesOfFreedom = degreesOfFreedom;
        PValue = pValue;
        Strata = strata;
        Weight = weight;
    }

    /// <summary>Group labels in ascending order (integer codes formatted invariantly, or strings in ordinal order).</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Observations per group (R's <c>n</c>).</summary>
    public IReadOnlyList<int> N { get; }

    /// <summary>Unweighted number of events per group.</summary>
    public IReadOnlyList<int> Events { get; }

    /// <summary>Weighted observed events per group, summed over strata (R's <c>obs</c>; the event count when w = 1).</summary>
    public IReadOnlyList<double> Observed { get; }

    /// <summary>Weighted expected events per group, summed over strata (R's <c>exp</c>).</summary>
    public IReadOnlyList<double> Expected { get; }

    /// <summary>The k x k variance matrix of O - E, rows then columns (R's <c>var</c>).</summary>
    public IReadOnlyList<IReadOnlyList<double>> Variance { get; }

    /// <summary>The chi-square statistic (R's <c>chisq</c>); 0 when fewer than two groups have E &gt; 0.</summary>
    public double ChiSquare { get; }

    /// <summary>Degrees of freedom: number of groups with E &gt; 0, less one (reduced to the rank of V if V is singular).</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>P(chi-square(df) &gt; statistic), as <c>pchisq(chisq, df, lower.tail = FALSE)</c>; null when df = 0.</summary>
    public double? PValue { get; }

    /// <summary>Number of strata (1 when unstratified).</summary>
    public int Strata { get; }

    /// <summary>The weight function used.</summary>
    public LogRankWeight Weight { get; }
}
