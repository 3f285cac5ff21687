using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The concordance sweep over one contiguous range of processing positions, made of whole tie groups, with a
/// counting structure of its own: each stratum inside the range, clipped to it, is counted as if it were a
/// stratum of its own. Over the whole fit this is all of <see cref="HarrellConcordance"/>; two ranges split at a
/// tie group are what lets it use two threads, the pairs across the split being added by
/// <see cref="ConcordanceAcrossSplit"/>.
/// </summary>
/// <remarks>
/// Each range writes only its own observations' entries of the shared per-observation arrays and places, so
/// ranges can be sorted and swept at the same time.
/// </remarks>
internal sealed class ConcordanceSweep
{
    private readonly CoxRiskSets _riskSets;
    private readonly double[] _eta;
    private readonly int _from;
    private readonly int _to;
    private readonly int[] _segmentStart; // the range's strata, clipped to it, as processing positions; last = _to
    private readonly Place[] _places;     // by processing position, shared by the ranges of one computation
    private int[] _order = [];            // processing positions in order of (segment, η)
    private double[] _sortedEta = [];     // their η, if kept

    private ConcordanceSweep(CoxRiskSets riskSets, double[] eta, int from, int to, Place[] places)
    {
        _riskSets = riskSets;
        _eta = eta;
        _from = from;
        _to = to;
        _places = places;
        var segments = new List<int> { from };
        foreach (var start in riskSets.StratumStart)
            if (start > from && start < to) segments.Add(start);
        segments.Add(to);
        _segmentStart = [.. segments];
    }

    /// <summary>The sweep over all observations.</summary>
    /// <param name="riskSets">The sorted observations.</param>
    /// <param name="eta">Linear predictor in processing order.</param>
    public static ConcordanceSweep Whole(CoxRiskSets riskSets, double[] eta) =>
        new(riskSets, eta, 0, riskSets.Count, GC.AllocateUninitializedArray<Place>(riskSets.Count));

    /// <summary>
    /// Two sweeps that share the work: over the observations before <paramref name="split"/> in processing order
    /// (later times), and over those from it on (earlier times).
    /// </summary>
    /// <param name="riskSets">The sorted observations.</param>
    /// <param name="eta">Linear predictor in processing order.</param>
    /// <param name="split">Where to split: the start of a tie group.</param>
    public static (ConcordanceSweep Later, ConcordanceSweep Earlier) Split(CoxRiskSets riskSets, double[] eta, int split)
    {
        var places = GC.AllocateUninitializedArray<Place>(riskSets.Count);
        return (new(riskSets, eta, 0, split, places), new(riskSets, eta, split, riskSets.Count, places));
    }

    /// <summary>Comparable pairs in which the event has the lower η.</summary>
    public long EventLower { get; private set; }

    /// <summary>Comparable pairs in which the event has the higher η.</summary>
    public long EventHigher { get; private set; }

    /// <summary>Comparable pairs with equal η.</summary>
    public long Tied { get; private set; }

    /// <summary>Pairs of events at the same time (any η).</summary>
    public long TiedTime { get; private set; }

    /// <summary>Pairs of events at the same time with equal η.</summary>
    public long TiedBoth { get; private set; }

    /// <summary>
    /// The processing positions of the stratum part that starts at <paramref name="segmentFrom"/> and ends at
    /// <paramref name="segmentTo"/> (one of the range's strata, clipped to it), in ascending η, and their η.
    /// Valid after <see cref="SortByEta"/> with its η kept.
    /// </summary>
    public (ArraySegment<int> Positions, ArraySegment<double> Eta) InEtaOrder(int segmentFrom, int segmentTo) =>
        (new(_order, segmentFrom - _from, segmentTo - segmentFrom), new(_sortedEta, segmentFrom - _from, segmentTo - segmentFrom));

    /// <summary>
    /// Sorts the range by η within each segment, giving each observation its <see cref="Place"/>. Positions are
    /// numbered within the range, segment after segment, so that a segment's positions are its processing positions
    /// (less the range's start), as the sweep's counting structure needs.
    /// </summary>
    /// <param name="keepEta">
    /// Whether to keep the η in sorted order too, for <see cref="InEtaOrder"/> (the merges across a split; without
    /// a split it is not worth the extra array).
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SortByEta(bool keepEta)
    {
        var n = _to - _from;
        var eta = _eta.AsSpan(_from, n);
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        RadixSort.Sort(eta, order, descending: false);
        var segmentStart = _segmentStart;
        if (segmentStart.Length > 2)
        {
            // A stable counting sort by segment keeps η order within each segment.
            var segmentOf = GC.AllocateUninitializedArray<int>(n);
            for (var s = 0; s < segmentStart.Length - 1; s++)
                segmentOf.AsSpan((segmentStart[s] - _from)..(segmentStart[s + 1] - _from)).Fill(s);
            var next = new int[segmentStart.Length - 1];
            for (var s = 0; s < next.Length; s++) next[s] = segmentStart[s] - _from;
            var bySegment = GC.AllocateUninitializedArray<int>(n);
            foreach (var k in order) bySegment[next[segmentOf[k]]++] = k;
            order = bySegment;
        }

        // From here on the order is of processing positions.
        var offset = _from;
        if (offset != 0) for (var i = 0; i < n; i++) order[i] += offset;
        var places = _places;
        var etaAll = _eta;
        for (var s = 0; s < segmentStart.Length - 1; s++)
        {
            var end = segmentStart[s + 1] - offset;
            for (int from = segmentStart[s] - offset, to; from < end; from = to)
            {
                var value = etaAll[order[from]];
                for (to = from + 1; to < end && etaAll[order[to]] == value; to++) { }
                for (var i = from; i < to; i++) places[order[i]] = new Place(i, from, to);
            }
        }
        if (keepEta)
        {
            var sortedEta = GC.AllocateUninitializedArray<double>(n);
            for (var i = 0; i < n; i++) sortedEta[i] = etaAll[order[i]];
            _sortedEta = sortedEta;
        }
        _order = order;
    }

    /// <summary>
    /// One backward sweep through time per segment, with those at risk, and the events seen so far, held by their
    /// position in η order (<see cref="PositionSets"/>). Adds each observation's share of the pairs inside its
    /// segment to <paramref name="difference"/> and <paramref name="pairCount"/>, and the totals to this range's
    /// counts. Follows the counting and influence rules of R survival's <c>concordance3</c> routine. Call once, after
    /// <see cref="SortByEta"/>.
    /// </summary>
    /// <param name="difference">
    /// Per observation, over the comparable pairs it belongs to: the number where the event has the lower risk
    /// score minus the number where it has the higher (R's influence columns "concordant" − "discordant" before
    /// its reversal). At most n in size.
    /// </param>
    /// <param name="pairCount">Per observation, the number of comparable pairs it belongs to.</param>
    /// <param name="across">
    /// The pairs across a split of one of the range's segments, to add to its observations' counts (and to the
    /// totals), if a stratum was split at either end of the range.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Sweep(int[] difference, int[] pairCount, PairsAcrossSplit? across = null)
    {
        var isEvent = _riskSets.IsEvent;
        var groupStart = _riskSets.GroupStart;
        var groupFirstEvent = _riskSets.GroupFirstEvent;
        var segmentStart = _segmentStart;
        var places = _places;
        var offset = _from;

        var counts = new PositionSets(_to - _from);
        long cEventLower = 0, cEventHigher = 0, cTied = 0, tiedTime = 0, tiedBoth = 0;
        // A group's events as (first position of their η) · 2³² + processing position, sorted: their η in order
        // with where they are.
        var groupTies = new long[16];

        var g = Array.BinarySearch(groupStart, _from);
        for (var s = 0; s < segmentStart.Length - 1; s++)
        {
            // The segment's positions follow those of the segments before it, which are all in the sets and not
            // part of its counts; those of later segments are not in the sets yet. So only counts below a position
            // need the earlier segments taken off; counts at or above a position are the segment's own.
            int start = segmentStart[s], end = segmentStart[s + 1];
            int riskBefore = counts.RiskTotal, eventsBefore = counts.EventTotal;
            for (; groupStart[g] < end; g++)
            {
                int from = groupStart[g], firstEvent = groupFirstEvent[g], to = groupStart[g + 1];

                // Censored at this time: they are at risk for the events at this time and earlier. Their counts
                // start at minus the events seen so far (later times) and get all the segment's events at the end.
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
                    // this time (completed with all the segment's events at the end).
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

            // Events before each observation's own time, within the segment, complete its counts: the sets now
            // hold all of the segment's events, and no longer change while they are read from a table.
            counts.TabulateEvents(start - offset, end - offset);
            var segmentEvents = counts.EventTotal - eventsBefore;
            for (var k = start; k < end; k++)
            {
                var place = places[k];
                var below = counts.TabulatedEventsBelow(place.TiesFrom) - eventsBefore;
                var at = place.TiesTo - place.TiesFrom == 1
                    ? (isEvent[k] ? 1 : 0)
                    : counts.TabulatedEventsBelow(place.TiesTo) - eventsBefore - below;
                difference[k] += below - (segmentEvents - below - at);
                pairCount[k] += segmentEvents;
            }

            // So do the pairs across a split, if the segment has them (a loop of its own, which leaves the loop
            // above as it is without a split).
            if (across is not null && across.From == start)
            {
                AddAcross(across, start, end, start - offset, difference, pairCount);
                cEventLower += across.EventLower;
                cEventHigher += across.EventHigher;
                cTied += across.Tied;
            }
        }

        EventLower = cEventLower;
        EventHigher = cEventHigher;
        Tied = cTied;
        TiedTime = tiedTime;
        TiedBoth = tiedBoth;
    }

    /// <summary>
    /// Adds the pairs across a split to the counts of the segment's observations, processing positions
    /// <paramref name="start"/> to <paramref name="end"/> − 1, whose positions in η order start at
    /// <paramref name="firstPosition"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddAcross(PairsAcrossSplit across, int start, int end, int firstPosition, int[] difference,
        int[] pairCount)
    {
        var places = _places;
        var isEvent = _riskSets.IsEvent;
        var shares = across.Difference;
        for (var k = start; k < end; k++)
        {
            difference[k] += shares[places[k].Position - firstPosition];
            pairCount[k] += isEvent[k] ? across.EventPairs : across.CensoredPairs;
        }
    }

    /// <summary>
    /// Where an observation's η falls among those of its segment: its own position in order of (segment, η), and
    /// the range of positions [<see cref="TiesFrom"/>, <see cref="TiesTo"/>) of the segment's observations with
    /// the same η.
    /// </summary>
    private readonly record struct Place(int Position, int TiesFrom, int TiesTo);
}
