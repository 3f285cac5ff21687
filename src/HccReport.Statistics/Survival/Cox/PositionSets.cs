using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Two sets of positions 0..size−1, those at risk and the events, with O(log n) insertion and "how many are below
/// position p" queries: the counting structure of the concordance sweep. It plays the part of the balanced binary
/// trees of R survival's concordance code; with unit weights the counts are exact integers either way.
/// </summary>
/// <remarks>
/// <para>
/// Every observation has a position of its own (its place in η order), so each set holds a position at most once
/// and is a bitset; observations with equal η occupy a contiguous range of positions, so "below a value" is a
/// count below the first position of its range and "at a value" a count over the range. A binary indexed
/// (Fenwick) tree counts per 64-bit word, and the positions below p inside p's word are one popcount.
/// </para>
/// <para>
/// The sweep visits positions in random order, so the cost is memory traffic, not arithmetic. Both sets' words
/// sit side by side, as do both counts of each tree node, so one walk serves both sets; at n = 10⁶ the bits take
/// 250 KB and the tree 125 KB, which stay in a 1 MB L2 cache (per-value int counts took 8 MB and missed it).
/// </para>
/// </remarks>
internal sealed class PositionSets
{
    private readonly ulong[] _words; // [2w] at risk, [2w + 1] events: positions 64w..64w+63, bit i for 64w + i
    private readonly int[] _tree;    // Fenwick tree over words, node i at [2i] (at risk) and [2i + 1] (events)
    private int[]? _eventsBelowWord; // see TabulateEvents

    /// <param name="size">Number of positions.</param>
    public PositionSets(int size)
    {
        // One word more than needed, so that the position just past the last one has a word (all zero).
        var words = (size >> 6) + 1;
        _words = new ulong[2 * words];
        _tree = new int[2 * (words + 1)];
    }

    /// <summary>Number held at risk.</summary>
    public int RiskTotal { get; private set; }

    /// <summary>Number of events held.</summary>
    public int EventTotal { get; private set; }

    /// <summary>Adds <paramref name="position"/> to those at risk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddAtRisk(int position)
    {
        var word = position >> 6;
        Debug.Assert((_words[2 * word] & (1UL << position)) == 0, "each position is added once");
        _words[2 * word] |= 1UL << position; // shifts of a ulong use the low 6 bits: the bit within the word
        RiskTotal++;
        var tree = _tree;
        for (var i = word + 1; 2 * i < tree.Length; i += i & -i) tree[2 * i]++;
    }

    /// <summary>Adds <paramref name="position"/> to both sets (an event joins the risk set of earlier times).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddEventAtRisk(int position)
    {
        var word = position >> 6;
        Debug.Assert(((_words[2 * word] | _words[2 * word + 1]) & (1UL << position)) == 0, "each position is added once");
        _words[2 * word] |= 1UL << position;
        _words[2 * word + 1] |= 1UL << position;
        RiskTotal++;
        EventTotal++;
        var tree = _tree;
        for (var i = word + 1; 2 * i < tree.Length; i += i & -i)
        {
            tree[2 * i]++;
            tree[2 * i + 1]++;
        }
    }

    /// <summary>Both sets' counts at positions below <paramref name="position"/>: one walk of the tree and one word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int Risk, int Events) Below(int position)
    {
        var word = position >> 6;
        var mask = (1UL << position) - 1;
        var risk = BitOperations.PopCount(_words[2 * word] & mask);
        var events = BitOperations.PopCount(_words[2 * word + 1] & mask);
        var tree = _tree;
        for (var i = word; i > 0; i -= i & -i)
        {
            risk += tree[2 * i];
            events += tree[2 * i + 1];
        }
        return (risk, events);
    }

    /// <summary>
    /// Both sets' counts at positions <paramref name="from"/> to <paramref name="to"/> − 1. A range of one position
    /// is one bit and a range inside a word one popcount; otherwise the two tree walks stop where they meet.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int Risk, int Events) Between(int from, int to)
    {
        var low = from >> 6;
        var high = to >> 6;
        if (low == high)
        {
            var mask = ((1UL << to) - 1) & ~((1UL << from) - 1);
            return (BitOperations.PopCount(_words[2 * low] & mask), BitOperations.PopCount(_words[2 * low + 1] & mask));
        }

        var fromMask = (1UL << from) - 1;
        var toMask = (1UL << to) - 1;
        var risk = BitOperations.PopCount(_words[2 * high] & toMask) - BitOperations.PopCount(_words[2 * low] & fromMask);
        var events = BitOperations.PopCount(_words[2 * high + 1] & toMask) - BitOperations.PopCount(_words[2 * low + 1] & fromMask);
        var tree = _tree;
        while (high != low)
        {
            if (high > low)
            {
                risk += tree[2 * high];
                events += tree[2 * high + 1];
                high -= high & -high;
            }
            else
            {
                risk -= tree[2 * low];
                events -= tree[2 * low + 1];
                low -= low & -low;
            }
        }
        return (risk, events);
    }

    /// <summary>
    /// Prepares <see cref="TabulatedEventsBelow"/> for positions <paramref name="from"/> to <paramref name="to"/>:
    /// a plain table of the events below each word, so that a query on a set that no longer changes is one table
    /// read and one popcount instead of a tree walk. Valid until the events change.
    /// </summary>
    public void TabulateEvents(int from, int to)
    {
        var table = _eventsBelowWord ??= new int[_words.Length / 2];
        var first = from >> 6;
        var sum = Below(first << 6).Events;
        for (var w = first; w <= to >> 6; w++)
        {
            table[w] = sum;
            sum += BitOperations.PopCount(_words[2 * w + 1]);
        }
    }

    /// <summary>Number of events below <paramref name="position"/>, from the table of <see cref="TabulateEvents"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int TabulatedEventsBelow(int position) =>
        _eventsBelowWord![position >> 6] + BitOperations.PopCount(_words[2 * (position >> 6) + 1] & ((1UL << position) - 1));
}
