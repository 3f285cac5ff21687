using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Computes <see cref="CoxConcordance"/> in O(n log n): one backward sweep through time per stratum, with those
/// at risk, and the events seen so far, held by their position in η order (<see cref="PositionSets"/>).
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
        var isEvent = riskSets.IsEvent;
        var groupStart = riskSets.GroupStart;
        var stratumStart = riskSets.StratumStart;
        var places = Places(eta, stratumStart);

        var counts = new PositionSets(n);
        // Per observation, over the comparable pairs it belongs to: the number where the event has the lower risk
        // score minus the number where it has the higher (R's influence columns "concordant" − "discordant" before
        // its reversal), and the number of pairs. Both are at most n in size.
        var difference = new int[n];
        var pairCount = new int[n];
        long cEventLower = 0, cEventHigher = 0, cTied = 0, tiedTime = 0, tiedBoth = 0;
        // A group's events as (first position of their η) · 2³² + processing position, sorted: their η in order
        // with where they are.
        var groupTies = new long[16];

        var g = 0;
        for (var s = 0; s < stratumStart.Length - 1; s++)
        {
            // The stratum's positions follow those of the strata before it, which are all in the sets and not
            // part of its counts; those of later strata are not in the sets yet. So only counts below a position
            // need the earlier strata taken off; counts at or above a position are the stratum's own.
            int start = stratumStart[s], end = stratumStart[s + 1];
            int riskBefore = counts.RiskTotal, eventsBefore = counts.EventTotal;
            for (; g < groupStart.Length - 1 && groupStart[g] < end; g++)
            {
                int from = groupStart[g], firstEvent = riskSets.GroupFirstEvent[g], to = groupStart[g + 1];

                // Censored at this time: they are at risk for the events at this time and earlier. Their counts
                // start at minus the events seen so far (later times) and get all the stratum's events at the end.
                for (var k = from; k < firstEvent; k++)
                {
                    var place = places[k];
                    var below = counts.Below(place.TiesFrom).Events - eventsBefore;
                    var above = counts.EventTotal - eventsBefore - below - counts.Between(place.TiesFrom, place.TiesTo).Events;
                    difference[k] -= below - above;
                    pairCount[k] -= counts.EventTotal - eventsBefore;
                    counts.AddAtRisk(place.Position);
                }

                // Events at this time against everyone at risk after them (not each other: those pairs are tied
                // on time). One read of the counts gives both the risk-set comparison and the events of later
                // times; the events of this time below each one come from sorting the group's η.
                var deaths = to - firstEvent;
                if (deaths == 0) continue;
                if (groupTies.Length < deaths) groupTies = new long[Math.Max(deaths, 2 * groupTies.Length)];
                int riskTotal = counts.RiskTotal - riskBefore, eventTotal = counts.EventTotal - eventsBefore;
                for (var k = firstEvent; k < to; k++)
                {
                    var place = places[k];
                    var (riskBelow, eventsBelow) = counts.Below(place.TiesFrom);
                    riskBelow -= riskBefore;
                    eventsBelow -= eventsBefore;
                    var (riskAt, eventsAt) = counts.Between(place.TiesFrom, place.TiesTo);
                    int riskAbove = riskTotal - riskBelow - riskAt, eventsAbove = eventTotal - eventsBelow - eventsAt;
                    cEventLower += riskAbove;
                    cEventHigher += riskBelow;
                    cTied += riskAt;
                    // As a later member of pairs with earlier events: start from minus the events at or after
                    // this time (completed with all the stratum's events at the end).
                    difference[k] += (riskAbove - eventsBelow) - (riskBelow - eventsAbove);
                    pairCount[k] += riskTotal - eventTotal - deaths;
                    groupTies[k - firstEvent] = ((long)place.TiesFrom << 32) | (uint)k;
                }
                tiedTime += (long)deaths * (deaths - 1) / 2;
                if (deaths > 1)
                {
                    var sorted = groupTies.AsSpan(0, deaths);
                    sorted.Sort();
                    for (int a = 0, b; a < deaths; a = b)
                    {
                        for (b = a + 1; b < deaths && sorted[b] >> 32 == sorted[a] >> 32; b++) { }
                        long equal = b - a;
                        tiedBoth += equal * (equal - 1) / 2;
                        for (var m = a; m < b; m++) difference[(int)(sorted[m] & 0xFFFF_FFFFL)] -= a - (deaths - b);
                    }
                }
                for (var k = firstEvent; k < to; k++) counts.AddEventAtRisk(places[k].Position);
            }

            // Events before each observation's own time, within the stratum, complete its counts: the sets now
            // hold all of the stratum's events, and no longer change while they are read from a table.
            counts.TabulateEvents(start, end);
            var stratumEvents = counts.EventTotal - eventsBefore;
            for (var k = start; k < end; k++)
            {
                var place = places[k];
                var below = counts.TabulatedEventsBelow(place.TiesFrom) - eventsBefore;
                var at = place.TiesTo - place.TiesFrom == 1
                    ? (isEvent[k] ? 1 : 0)
                    : counts.TabulatedEventsBelow(place.TiesTo) - eventsBefore - below;
                difference[k] += below - (stratumEvents - below - at);
                pairCount[k] += stratumEvents;
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

    /// <summary>
    /// Where an observation's η falls among those of its stratum: its own position in order of (stratum, η), and
    /// the range of positions [<see cref="TiesFrom"/>, <see cref="TiesTo"/>) of the stratum's observations with
    /// the same η.
    /// </summary>
    private readonly record struct Place(int Position, int TiesFrom, int TiesTo);

    /// <summary>
    /// Each observation's <see cref="Place"/>, in processing order. The positions of stratum s are its processing
    /// positions stratumStart[s]..stratumStart[s+1]−1, so strata follow each other in position as in the sweep.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Place[] Places(double[] eta, int[] stratumStart)
    {
        var n = eta.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        RadixSort.Sort(eta, order, descending: false);
        if (stratumStart.Length > 2)
        {
            // A stable counting sort by stratum keeps η order within each stratum.
            var stratumOf = GC.AllocateUninitializedArray<int>(n);
            for (var s = 0; s < stratumStart.Length - 1; s++) stratumOf.AsSpan(stratumStart[s]..stratumStart[s + 1]).Fill(s);
            var next = stratumStart[..^1];
            var byStratum = GC.AllocateUninitializedArray<int>(n);
            foreach (var k in order) byStratum[next[stratumOf[k]]++] = k;
            order = byStratum;
        }

        var places = GC.AllocateUninitializedArray<Place>(n);
        for (var s = 0; s < stratumStart.Length - 1; s++)
        {
            var end = stratumStart[s + 1];
            for (int from = stratumStart[s], to; from < end; from = to)
            {
                var value = eta[order[from]];
                for (to = from + 1; to < end && eta[order[to]] == value; to++) { }
                for (var i = from; i < to; i++) places[order[i]] = new Place(i, from, to);
            }
        }
        return places;
    }
}
