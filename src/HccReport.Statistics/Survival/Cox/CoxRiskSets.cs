using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The observations sorted once for every pass of the Cox computations: by stratum, then by time from the latest
/// to the earliest, so that a single backward sweep through time builds each risk set by adding the observations as
/// they enter it. Observations with the same stratum and time form a tie group, its censored observations first
/// (they are in the risk set of the group's events, and the likelihood sweep then needs no per-row test).
/// </summary>
/// <remarks>
/// Times are first made exactly equal where they differ only by rounding (<see cref="AlmostEqualTimes"/>),
/// as <c>coxph</c> does. Sorting is a stable radix sort; everything after it is linear.
/// </remarks>
internal sealed class CoxRiskSets
{
    private CoxRiskSets(int[] order, double[] time, bool[] isEvent, int[] groupStart, int[] groupFirstEvent,
        bool[] groupOpensStratum, int[] stratumStart, int events)
    {
        Order = order;
        Time = time;
        IsEvent = isEvent;
        GroupStart = groupStart;
        GroupFirstEvent = groupFirstEvent;
        GroupOpensStratum = groupOpensStratum;
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

    /// <summary>For each tie group, the position of its first event (its end when it has none): censored rows come first.</summary>
    public int[] GroupFirstEvent { get; }

    /// <summary>For each tie group, whether it is the first of its stratum (risk sums restart there).</summary>
    public bool[] GroupOpensStratum { get; }

    /// <summary>Start of each stratum in processing order, plus a final entry equal to <see cref="Count"/>.</summary>
    public int[] StratumStart { get; }

    /// <summary>Number of events.</summary>
    public int Events { get; }

    /// <summary>Number of tie groups.</summary>
    public int GroupCount => GroupStart.Length - 1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoxRiskSets Create(IReadOnlyList<double> time, IReadOnlyList<bool> status, IReadOnlyList<int>? strata)
    {
        var n = time.Count;
        var times = new double[n];
        for (var i = 0; i < n; i++) times[i] = time[i] + 0.0; // -0 becomes +0, so the two sort together

        var order = SortByTime(times, status);
        var sortedTime = new double[n];
        for (var k = 0; k < n; k++) sortedTime[k] = times[order[k]];
        if (AlmostEqualTimes.MergeInPlace(sortedTime))
        {
            // Merged times can put an event before a censored observation of the same (new) time: sort again.
            for (var k = 0; k < n; k++) times[order[k]] = sortedTime[k];
            order = SortByTime(times, status);
            for (var k = 0; k < n; k++) sortedTime[k] = times[order[k]];
        }

        int[] stratumStart;
        if (strata is null) stratumStart = [0, n];
        else
        {
            // Stable counting sort by stratum keeps the time order inside each stratum.
            var codes = DenseCodes(strata, out var stratumCount);
            stratumStart = new int[stratumCount + 1];
            for (var i = 0; i < n; i++) stratumStart[codes[i] + 1]++;
            for (var s = 0; s < stratumCount; s++) stratumStart[s + 1] += stratumStart[s];
            var next = (int[])stratumStart.Clone();
            var byStratum = new int[n];
            var byStratumTime = new double[n];
            for (var k = 0; k < n; k++)
            {
                var position = next[codes[order[k]]]++;
                byStratum[position] = order[k];
                byStratumTime[position] = sortedTime[k];
            }
            order = byStratum;
            sortedTime = byStratumTime;
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
        var firstEvents = new List<int>(capacity: Math.Min(n, 1024));
        var groupOpens = new List<bool>(capacity: Math.Min(n, 1024));
        for (var k = 0; k < n; k++)
        {
            if (k == 0 || opensStratum[k] || sortedTime[k] != sortedTime[k - 1])
            {
                groups.Add(k);
                groupOpens.Add(opensStratum[k]);
                firstEvents.Add(-1);
            }
            if (isEvent[k] && firstEvents[^1] < 0) firstEvents[^1] = k;
        }
        groups.Add(n);
        for (var g = 0; g < firstEvents.Count; g++)
            if (firstEvents[g] < 0) firstEvents[g] = groups[g + 1];

        return new CoxRiskSets(order, sortedTime, isEvent, groups.ToArray(), firstEvents.ToArray(), groupOpens.ToArray(),
            stratumStart, events);
    }

    /// <summary>Row indices by time from the latest, censored before events at equal times (stable in row order).</summary>
    private static int[] SortByTime(double[] times, IReadOnlyList<bool> status)
    {
        var n = times.Length;
        var order = new int[n];
        var next = 0;
        for (var i = 0; i < n; i++) if (!status[i]) order[next++] = i;
        for (var i = 0; i < n; i++) if (status[i]) order[next++] = i;
        RadixSort.Sort(times, order, descending: true);
        return order;
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
