namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The observations sorted once for every pass of the Cox computations: by stratum, then by time from
/// the latest to the earliest, so that a single backward sweep through time builds each risk set by
/// adding the observations as they enter it. Observations with the same stratum and time form a tie group.
/// </summary>
/// <remarks>
/// Times are first made exactly equal where they differ only by rounding (<see cref="AlmostEqualTimes"/>),
/// as <c>coxph</c> does. The sort costs O(n log n); everything after it is linear.
/// </remarks>
internal sealed class CoxRiskSets
{
    private CoxRiskSets(int[] order, double[] time, bool[] isEvent, int[] groupStart, bool[] groupOpensStratum, int[] stratumStart, int events)
    {
        GroupOpensStratum = groupOpensStratum;
        Order = order;
        Time = time;
        IsEvent = isEvent;
        GroupStart = groupStart;
        StratumStart = stratumStart;
        Events = events;
    }

    /// <summary>Number of observations.</summary>
    public int Count => Order.Length;

    /// <summary>For each position in processing order, the caller's row index.</summary>
    public int[] Order { get; }

    /// <summary>Times (after merging near-ties) in processing order.</summary>
    public double[] Time { get; }

    /// <summary>Event indicators in processing order.</summary>
    public bool[] IsEvent { get; }

    /// <summary>Start of each tie group in processing order, plus a final entry equal to <see cref="Count"/>.</summary>
    public int[] GroupStart { get; }

    /// <summary>For each tie group, whether it is the first of its stratum (risk sums restart there).</summary>
    public bool[] GroupOpensStratum { get; }

    /// <summary>Start of each stratum in processing order, plus a final entry equal to <see cref="Count"/>.</summary>
    public int[] StratumStart { get; }

    /// <summary>Number of events.</summary>
    public int Events { get; }

    /// <summary>Number of tie groups.</summary>
    public int GroupCount => GroupStart.Length - 1;

    public static CoxRiskSets Create(IReadOnlyList<double> time, IReadOnlyList<bool> status, IReadOnlyList<int>? strata)
    {
        var n = time.Count;
        var keys = new double[n];
        var byTime = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = -time[i];
            byTime[i] = i;
        }
        Array.Sort(keys, byTime);
        var sortedTime = new double[n];
        for (var i = 0; i < n; i++) sortedTime[i] = -keys[i];
        AlmostEqualTimes.MergeInPlace(sortedTime);

        int[] order;
        double[] orderedTime;
        int[] stratumStart;
        if (strata is null)
        {
            order = byTime;
            orderedTime = sortedTime;
            stratumStart = [0, n];
        }
        else
        {
            // Stable counting sort by stratum keeps the time order inside each stratum.
            var codes = DenseCodes(strata, out var stratumCount);
            stratumStart = new int[stratumCount + 1];
            for (var i = 0; i < n; i++) stratumStart[codes[i] + 1]++;
            for (var s = 0; s < stratumCount; s++) stratumStart[s + 1] += stratumStart[s];
            var next = (int[])stratumStart.Clone();
            order = new int[n];
            orderedTime = new double[n];
            for (var k = 0; k < n; k++)
            {
                var row = byTime[k];
                var position = next[codes[row]]++;
                order[position] = row;
                orderedTime[position] = sortedTime[k];
            }
        }

        var isEvent = new bool[n];
        var events = 0;
        for (var k = 0; k < n; k++)
        {
            isEvent[k] = status[order[k]];
            if (isEvent[k]) events++;
        }

        var opensStratum = new bool[n];
        for (var s = 0; s < stratumStart.Length - 1; s++) opensStratum[stratumStart[s]] = true;
        var groups = new List<int>(capacity: Math.Min(n, 1024) + 1);
        var groupOpens = new List<bool>(capacity: Math.Min(n, 1024));
        for (var k = 0; k < n; k++)
        {
            if (k == 0 || opensStratum[k] || orderedTime[k] != orderedTime[k - 1])
            {
                groups.Add(k);
                groupOpens.Add(opensStratum[k]);
            }
        }
        groups.Add(n);

        return new CoxRiskSets(order, orderedTime, isEvent, groups.ToArray(), groupOpens.ToArray(), stratumStart, events);
    }

    private static int[] DenseCodes(IReadOnlyList<int> strata, out int count)
    {
        var distinct = new SortedSet<int>();
        for (var i = 0; i < strata.Count; i++) distinct.Add(strata[i]);
        var map = new Dictionary<int, int>(distinct.Count);
        foreach (var value in distinct) map[value] = map.Count;
        var codes = new int[strata.Count];
        for (var i = 0; i < strata.Count; i++) codes[i] = map[strata[i]];
        count = distinct.Count;
        return codes;
    }
}
