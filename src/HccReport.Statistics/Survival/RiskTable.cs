namespace HccReport.Statistics.Survival;

/// <summary>
/// Counts at chosen times, for the number-at-risk table under a Kaplan-Meier figure; parallel lists in the order
/// the times were requested. Matches R's <c>summary(fit, times = times, extend = TRUE)</c>: its <c>n.risk</c>,
/// and the running sums of its <c>n.event</c> and <c>n.censor</c> (R reports those per interval between
/// consecutive requested times).
/// </summary>
public sealed record RiskTable
{
    internal RiskTable(double[] time, int[] nRisk, int[] cumulativeEvents, int[] cumulativeCensored)
    {
        Time = Array.AsReadOnly(time);
        NRisk = Array.AsReadOnly(nRisk);
        CumulativeEvents = Array.AsReadOnly(cumulativeEvents);
        CumulativeCensored = Array.AsReadOnly(cumulativeCensored);
    }

    /// <summary>The requested times.</summary>
    public IReadOnlyList<double> Time { get; }

    /// <summary>Number at risk: subjects whose time is &gt;= the requested time (0 beyond the last time).</summary>
    public IReadOnlyList<int> NRisk { get; }

    /// <summary>Events at or before the requested time.</summary>
    public IReadOnlyList<int> CumulativeEvents { get; }

    /// <summary>Censorings at or before the requested time.</summary>
    public IReadOnlyList<int> CumulativeCensored { get; }
}
