using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Computes <see cref="CoxConcordance"/> in O(n log n): one backward sweep through time per stratum, with the
/// risk scores of those at risk, and of the events seen so far, counted by rank of η (<see cref="RankCounts"/>).
/// Follows the counting and influence rules of R survival's <c>concordance3</c> routine.
/// </summary>
internal static class HarrellConcordance
{
    /// <param name="riskSets">The sorted observations.</param>
    /// <param name="eta">Linear predictor in processing order; equal values are ties, as in R (exact equality).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoxConcordance Compute(CoxRiskSets riskSets, double[] eta)
    {
        var n = riskSets.Count;
        var rank = DenseRanks(eta, out var distinct);
        var isEvent = riskSets.IsEvent;
        var groupStart = riskSets.GroupStart;
        var stratumStart = riskSets.StratumStart;

        var counts = new RankCounts(distinct);
        // Per observation, over the comparable pairs it belongs to: the number where the event has the lower risk
        // score minus the number where it has the higher (R's influence columns "concordant" − "discordant" before
        // its reversal), and the number of pairs. Both are at most n in size.
        var difference = new int[n];
        var pairCount = new int[n];
        long cEventLower = 0, cEventHigher = 0, cTied = 0, tiedTime = 0, tiedBoth = 0;
        int[]? finalEvents = null;
        // A group's events as rank · 2³² + position, sorted: their ranks in order with where they are.
        var groupRanks = new long[16];

        var g = 0;
        for (var s = 0; s < stratumStart.Length - 1; s++)
        {
            var end = stratumStart[s + 1];
            for (; g < groupStart.Length - 1 && groupStart[g] < end; g++)
            {
                int from = groupStart[g], firstEvent = riskSets.GroupFirstEvent[g], to = groupStart[g + 1];

                // Censored at this time: they are at risk for the events at this time and earlier. Their counts
                // start at minus the events seen so far (later times) and get all the stratum's events at the end.
                for (var k = from; k < firstEvent; k++)
                {
                    var r = rank[k];
                    int below = counts.EventsBelow(r), at = counts.EventsAt(r);
                    difference[k] -= below - (counts.EventTotal - below - at);
                    pairCount[k] -= counts.EventTotal;
                    counts.AddAtRisk(r, 1);
                }

                // Events at this time against everyone at risk after them (not each other: those pairs are tied
                // on time). One read of the counts gives both the risk-set comparison and the events of later
                // times; the events of this time below each one come from sorting the group's ranks.
                var deaths = to - firstEvent;
                if (deaths == 0) continue;
                if (groupRanks.Length < deaths) groupRanks = new long[Math.Max(deaths, 2 * groupRanks.Length)];
                for (var k = firstEvent; k < to; k++)
                {
                    var r = rank[k];
                    var (riskBelow, eventsBelow) = counts.Below(r);
                    int riskAt = counts.RiskAt(r), riskAbove = counts.RiskTotal - riskBelow - riskAt;
                    cEventLower += riskAbove;
                    cEventHigher += riskBelow;
                    cTied += riskAt;
                    // As a later member of pairs with earlier events: start from minus the events at or after
                    // this time (completed with all the stratum's events at the end).
                    int eventsAt = counts.EventsAt(r), eventsAbove = counts.EventTotal - eventsBelow - eventsAt;
                    difference[k] += (riskAbove - eventsBelow) - (riskBelow - eventsAbove);
                    pairCount[k] += counts.RiskTotal - counts.EventTotal - deaths;
                    groupRanks[k - firstEvent] = ((long)r << 32) | (uint)k;
                }
                tiedTime += (long)deaths * (deaths - 1) / 2;
                if (deaths > 1)
                {
                    var sorted = groupRanks.AsSpan(0, deaths);
                    sorted.Sort();
                    for (int a = 0, b; a < deaths; a = b)
                    {
                        for (b = a + 1; b < deaths && sorted[b] >> 32 == sorted[a] >> 32; b++) { }
                        long equal = b - a;
                        tiedBoth += equal * (equal - 1) / 2;
                        for (var m = a; m < b; m++) difference[(int)(sorted[m] & 0xFFFF_FFFFL)] -= a - (deaths - b);
                    }
                }
                for (var k = firstEvent; k < to; k++) counts.AddEventAtRisk(rank[k]);
            }

            // Events before each observation's own time, within the stratum, complete its counts: the counts now
            // hold all of the stratum's events. A large stratum reads them from a cumulative table (one pass over
            // the ranks) instead of one query per observation.
            var start = stratumStart[s];
            var large = end - start >= distinct / 8;
            if (large)
            {
                finalEvents ??= new int[2 * distinct];
                counts.CopyEventsCumulative(finalEvents);
            }
            for (var k = start; k < end; k++)
            {
                var r = rank[k];
                int below = large ? finalEvents![2 * r] : counts.EventsBelow(r);
                int at = large ? finalEvents![2 * r + 1] : counts.EventsAt(r);
                difference[k] += below - (counts.EventTotal - below - at);
                pairCount[k] += counts.EventTotal;
            }
            if (s == stratumStart.Length - 2) break;
            if (large)
            {
                counts.Clear();
                continue;
            }
            for (var k = start; k < end; k++)
            {
                counts.AddAtRisk(rank[k], -1);
                if (isEvent[k]) counts.AddEvent(rank[k], -1);
            }
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] DenseRanks(double[] values, out int distinct)
    {
        var n = values.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        RadixSort.Sort(values, order, descending: false);
        var rank = GC.AllocateUninitializedArray<int>(n);
        distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && values[order[i]] != values[order[i - 1]]) distinct++;
            rank[order[i]] = distinct;
        }
        if (n > 0) distinct++;
        return rank;
    }
}
