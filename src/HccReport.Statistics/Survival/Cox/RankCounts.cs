using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Two multisets of ranks 0..size−1, those at risk and the events, with O(log n) insertion and "how many are
/// below rank r" queries: the counting structure of the concordance sweep. It plays the part of the balanced
/// binary trees of R survival's concordance code; with unit weights the counts are exact integers either way.
/// </summary>
/// <remarks>
/// A binary indexed (Fenwick) tree counts per block of 64 ranks, and the ranks below r inside r's block are added
/// up directly. Both sets' counts sit side by side, per rank and per tree node, so one walk serves both and the
/// block tree (16 KB per 10⁵ ranks) stays in cache; a query or insertion then reads a few consecutive cache
/// lines instead of ~log₂ n scattered ones. At n = 10⁶ this memory traffic, not arithmetic, is the cost of the
/// concordance.
/// </remarks>
internal sealed class RankCounts
{
    private const int BlockShift = 6;
    private readonly int[] _counts; // [2r] at risk with rank r, [2r + 1] events with rank r
    private readonly int[] _blocks; // Fenwick tree over blocks, node i at [2i] (at risk) and [2i + 1] (events)

    public RankCounts(int size)
    {
        _counts = new int[2 * size];
        _blocks = new int[2 * ((size >> BlockShift) + 2)];
    }

    /// <summary>Number held at risk.</summary>
    public int RiskTotal { get; private set; }

    /// <summary>Number of events held.</summary>
    public int EventTotal { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddAtRisk(int rank, int count)
    {
        _counts[2 * rank] += count;
        RiskTotal += count;
        var blocks = _blocks;
        for (var i = (rank >> BlockShift) + 1; 2 * i < blocks.Length; i += i & -i) blocks[2 * i] += count;
    }

    public void AddEvent(int rank, int count)
    {
        _counts[2 * rank + 1] += count;
        EventTotal += count;
        var blocks = _blocks;
        for (var i = (rank >> BlockShift) + 1; 2 * i < blocks.Length; i += i & -i) blocks[2 * i + 1] += count;
    }

    /// <summary>Adds one observation at risk that is also an event (an event joins the risk set of earlier times).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddEventAtRisk(int rank)
    {
        _counts[2 * rank] += 1;
        _counts[2 * rank + 1] += 1;
        RiskTotal += 1;
        EventTotal += 1;
        var blocks = _blocks;
        for (var i = (rank >> BlockShift) + 1; 2 * i < blocks.Length; i += i & -i)
        {
            blocks[2 * i] += 1;
            blocks[2 * i + 1] += 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RiskAt(int rank) => _counts[2 * rank];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int EventsAt(int rank) => _counts[2 * rank + 1];

    /// <summary>Number of events with a rank below <paramref name="rank"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int EventsBelow(int rank) => Below(rank).Events;

    /// <summary>Both sets' counts below <paramref name="rank"/>, from one walk and one read of its block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int Risk, int Events) Below(int rank)
    {
        var block = rank >> BlockShift;
        int risk = 0, events = 0;
        var blocks = _blocks;
        for (var i = block; i > 0; i -= i & -i)
        {
            risk += blocks[2 * i];
            events += blocks[2 * i + 1];
        }

        var start = block << BlockShift;
        var pairs = _counts.AsSpan(2 * start, 2 * (rank - start));
        var k = 0;
        if (Vector256.IsHardwareAccelerated && pairs.Length >= Vector256<int>.Count)
        {
            var acc = Vector256<int>.Zero;
            for (; k + Vector256<int>.Count <= pairs.Length; k += Vector256<int>.Count)
                acc += Vector256.Create<int>(pairs.Slice(k, Vector256<int>.Count));
            risk += acc[0] + acc[2] + acc[4] + acc[6];
            events += acc[1] + acc[3] + acc[5] + acc[7];
        }
        for (; k < pairs.Length; k += 2)
        {
            risk += pairs[k];
            events += pairs[k + 1];
        }
        return (risk, events);
    }

    /// <summary>For every rank r, events below r into <c>table[2r]</c> and events at r into <c>table[2r + 1]</c>.</summary>
    public void CopyEventsCumulative(int[] table)
    {
        var sum = 0;
        for (var r = 0; r < _counts.Length / 2; r++)
        {
            var at = _counts[2 * r + 1];
            table[2 * r] = sum;
            table[2 * r + 1] = at;
            sum += at;
        }
    }

    /// <summary>Removes everything.</summary>
    public void Clear()
    {
        Array.Clear(_counts);
        Array.Clear(_blocks);
        RiskTotal = 0;
        EventTotal = 0;
    }
}
