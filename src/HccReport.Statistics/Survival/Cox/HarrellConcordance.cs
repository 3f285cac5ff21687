using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Computes <see cref="CoxConcordance"/> in O(n log n): one backward sweep through time per stratum, with those
/// at risk, and the events seen so far, held by their position in η order (<see cref="ConcordanceSweep"/>).
/// Follows the counting and influence rules of R survival's <c>concordance3</c> routine.
/// </summary>
/// <remarks>
/// <para>
/// Large fits are split in two at the tie group nearest the middle of processing order, and the two halves are
/// sorted and swept on two threads, each as if the other did not exist; if the split falls inside a stratum, the
/// pairs across it are added by <see cref="ConcordanceAcrossSplit"/>. The split depends only on the data, every
/// count is an exact integer whichever way it is reached, and the standard error is one sequential sum over the
/// observations, so the result is the same to the last bit with or without the split and on any number of cores.
/// </para>
/// <para>
/// Splitting costs extra work (the η kept in sorted order, the merges across the split, two thread starts), a
/// fifth to a quarter more CPU time at 10⁶ observations. Measured on 2 cores with the other one free, it pays from
/// a few hundred thousand observations (at 2·10⁵ the time falls by about a sixth, at 10⁶ by about a third), not
/// below: at 10⁵ it barely gains and at 2·10⁴ it loses. When the other core is busy it gains little or loses, as
/// each half waits for the other. Smaller fits, which the report runs by the hundred and in parallel with each
/// other, stay on the calling thread (<see cref="SplitThreshold"/>).
/// </para>
/// </remarks>
internal static class HarrellConcordance
{
    /// <summary>Number of observations from which the work is split over two threads.</summary>
    public const int SplitThreshold = 200_000;

    /// <param name="riskSets">The sorted observations.</param>
    /// <param name="eta">Linear predictor in processing order; equal values are ties, as in R (exact equality).</param>
    /// <remarks>With a single processor the split is never made: it would cost a little and gain nothing.</remarks>
    public static CoxConcordance Compute(CoxRiskSets riskSets, double[] eta) =>
        Compute(riskSets, eta, Environment.ProcessorCount > 1 ? SplitThreshold : int.MaxValue);

    /// <param name="riskSets">The sorted observations.</param>
    /// <param name="eta">Linear predictor in processing order; equal values are ties, as in R (exact equality).</param>
    /// <param name="splitThreshold">Number of observations from which to split (tests lower it to reach the split).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static CoxConcordance Compute(CoxRiskSets riskSets, double[] eta, int splitThreshold)
    {
        var n = riskSets.Count;
        // Per observation, over the comparable pairs it belongs to: the number where the event has the lower risk
        // score minus the number where it has the higher, and the number of pairs (see ConcordanceSweep.Sweep).
        var difference = new int[n];
        var pairCount = new int[n];

        var split = n >= splitThreshold ? SplitPoint(riskSets.GroupStart) : 0;
        ConcordanceSweep[] parts;
        if (split == 0)
        {
            var all = ConcordanceSweep.Whole(riskSets, eta);
            all.SortByEta(keepEta: false);
            all.Sweep(difference, pairCount);
            parts = [all];
        }
        else
        {
            // The stratum the split falls in, if it falls inside one, has pairs across it: its observations
            // before the split (later times) with its events after it (earlier times).
            var stratumStart = riskSets.StratumStart;
            var s = Array.BinarySearch(stratumStart, split);
            var inside = s < 0;
            var (later, earlier) = ConcordanceSweep.Split(riskSets, eta, split);
            RunBoth(() => later.SortByEta(inside), () => earlier.SortByEta(inside));

            // Each half finds its share of the pairs across by a merge with the other's η order, then sweeps; each
            // writes only its own observations' entries of difference and pairCount.
            if (inside)
            {
                s = ~s - 1;
                var laterFrom = stratumStart[s];
                var (_, laterEta) = later.InEtaOrder(laterFrom, split);
                var (earlierPositions, earlierEta) = earlier.InEtaOrder(split, stratumStart[s + 1]);
                var isEvent = riskSets.IsEvent;
                RunBoth(
                    () => later.Sweep(difference, pairCount,
                        ConcordanceAcrossSplit.ForLater(laterFrom, laterEta, earlierPositions, earlierEta, isEvent)),
                    () => earlier.Sweep(difference, pairCount,
                        ConcordanceAcrossSplit.ForEarlier(split, earlierPositions, earlierEta, laterEta, isEvent)));
            }
            else RunBoth(() => later.Sweep(difference, pairCount), () => earlier.Sweep(difference, pairCount));
            parts = [later, earlier];
        }

        long cEventLower = 0, cEventHigher = 0, cTied = 0, tiedTime = 0, tiedBoth = 0;
        foreach (var part in parts)
        {
            cEventLower += part.EventLower;
            cEventHigher += part.EventHigher;
            cTied += part.Tied;
            tiedTime += part.TiedTime;
            tiedBoth += part.TiedBoth;
        }

        // R counts with the score as a predictor of survival time (higher score, longer survival) and then
        // reverses (reverse = TRUE in coxph), so that an event with the higher risk score is concordant.
        long concordant = cEventHigher, discordant = cEventLower;
        var pairs = (double)(concordant + discordant + cTied);
        double? value = null, stdErr = null;
        if (pairs > 0)
        {
            var somers = (cEventLower - cEventHigher) / pairs;
            value = 1 - (somers + 1) / 2;
            // One sum in observation order, whatever the split: the same rounding every time.
            double variance = 0;
            for (var k = 0; k < n; k++)
            {
                var dfbeta = (difference[k] - pairCount[k] * somers) / (2 * pairs);
                variance += dfbeta * dfbeta;
            }
            stdErr = Math.Sqrt(variance);
        }

        return new CoxConcordance
        {
            Value = value,
            StdErr = stdErr,
            Concordant = concordant,
            Discordant = discordant,
            TiedRisk = cTied,
            TiedTime = tiedTime - tiedBoth,
            TiedRiskAndTime = tiedBoth,
        };
    }

    /// <summary>
    /// Runs <paramref name="first"/> on this thread and <paramref name="second"/> on a thread of its own, and
    /// returns when both are done. A thread of its own, not one of the pool's: the pool may have no thread free
    /// for a while (a test host blocks some of them), and then the two ran one after the other. Starting a thread
    /// takes about 0.2 ms, some 1% of the work at the smallest size that splits.
    /// </summary>
    private static void RunBoth(Action first, Action second)
    {
        var other = Task.Factory.StartNew(second, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            first();
        }
        finally
        {
            other.GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Where to split: the start of the tie group nearest the middle of processing order (the earlier of two
    /// equally near), so that both halves hold whole tie groups and something each; 0 (no split) when there is
    /// only one group.
    /// </summary>
    /// <param name="groupStart">Start of each tie group, plus a final entry equal to the number of observations.</param>
    internal static int SplitPoint(int[] groupStart)
    {
        // The candidates are the groups' starts but the first (0) and the final entry: indices 1..last−1.
        var last = groupStart.Length - 1;
        if (last < 2) return 0;
        var middle = groupStart[last] / 2;
        var i = Array.BinarySearch(groupStart, 1, last - 1, middle);
        if (i >= 0) return groupStart[i];
        var after = ~i; // the first candidate starting after the middle, or last if none does
        var before = after - 1;
        if (after == last) return groupStart[before];
        if (before == 0) return groupStart[after];
        return groupStart[after] - middle < middle - groupStart[before] ? groupStart[after] : groupStart[before];
    }
}
