using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The comparable pairs between the two parts of a stratum split at a tie group: a later part (processed first)
/// and an earlier part, each swept by a <see cref="ConcordanceSweep"/> as if the other did not exist.
/// </summary>
/// <remarks>
/// Every time of the later part is strictly later than every time of the earlier part, so the pairs across the
/// split are exactly the earlier part's events, each with every observation of the later part (all still at risk
/// at its time); none is tied on time. Only how the η compare is left to count, and with both parts in η order
/// that is one merge per part. The counts are the integers the single sweep would have found, so the split
/// changes no result. Comparisons are IEEE ones, as the sweep's ties are (−0 equals +0).
/// </remarks>
internal static class ConcordanceAcrossSplit
{
    /// <summary>
    /// The pairs as the earlier part's events see them: for each event, the later part's observations with η
    /// above, at and below its own. The totals are counted here (and not in <see cref="ForLater"/>).
    /// </summary>
    /// <param name="earlierFrom">The earlier part's first processing position.</param>
    /// <param name="earlier">The earlier part's processing positions in ascending η.</param>
    /// <param name="earlierEta">Their η.</param>
    /// <param name="laterEta">The later part's η in ascending order.</param>
    /// <param name="isEvent">Event indicators in processing order.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PairsAcrossSplit ForEarlier(int earlierFrom, ReadOnlySpan<int> earlier, ReadOnlySpan<double> earlierEta,
        ReadOnlySpan<double> laterEta, bool[] isEvent)
    {
        var difference = new int[earlier.Length];
        long eventLower = 0, eventHigher = 0, tied = 0;
        var size = laterEta.Length;
        // The later part's observations with η below the current one's, and with η at or below it: both only
        // grow as η does. Counted for the censored too, and then multiplied by 0: cheaper than a branch on which
        // it is, which the predictor cannot guess.
        int below = 0, atOrBelow = 0;
        for (var i = 0; i < earlier.Length; i++)
        {
            var value = earlierEta[i];
            while (below < size && laterEta[below] < value) below++;
            if (atOrBelow < below) atOrBelow = below;
            while (atOrBelow < size && laterEta[atOrBelow] <= value) atOrBelow++;
            var isEventHere = isEvent[earlier[i]] ? 1 : 0;
            var above = size - atOrBelow;
            eventLower += above * isEventHere;
            eventHigher += below * isEventHere;
            tied += (atOrBelow - below) * isEventHere;
            difference[i] = (above - below) * isEventHere;
        }
        return new PairsAcrossSplit(earlierFrom, difference, EventPairs: size, CensoredPairs: 0, eventLower, eventHigher,
            tied);
    }

    /// <summary>
    /// The same pairs as the later part's observations see them: for each, the earlier part's events with η below
    /// and above its own (an event with the lower η counts for it, as in the sweep).
    /// </summary>
    /// <param name="laterFrom">The later part's first processing position.</param>
    /// <param name="laterEta">The later part's η in ascending order.</param>
    /// <param name="earlier">The earlier part's processing positions in ascending η.</param>
    /// <param name="earlierEta">Their η.</param>
    /// <param name="isEvent">Event indicators in processing order.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PairsAcrossSplit ForLater(int laterFrom, ReadOnlySpan<double> laterEta, ReadOnlySpan<int> earlier,
        ReadOnlySpan<double> earlierEta, bool[] isEvent)
    {
        // The earlier part's events' η, still ascending (each value is written, and kept if it is an event's).
        var eventEta = GC.AllocateUninitializedArray<double>(earlier.Length + 1);
        var events = 0;
        for (var i = 0; i < earlier.Length; i++)
        {
            eventEta[events] = earlierEta[i];
            events += isEvent[earlier[i]] ? 1 : 0;
        }

        var difference = new int[laterEta.Length];
        // Those events with η below the current observation's, and with η at or below it.
        int below = 0, atOrBelow = 0;
        for (var i = 0; i < laterEta.Length; i++)
        {
            var value = laterEta[i];
            while (below < events && eventEta[below] < value) below++;
            if (atOrBelow < below) atOrBelow = below;
            while (atOrBelow < events && eventEta[atOrBelow] <= value) atOrBelow++;
            difference[i] = below - (events - atOrBelow);
        }
        return new PairsAcrossSplit(laterFrom, difference, EventPairs: events, CensoredPairs: events, 0, 0, 0);
    }
}
