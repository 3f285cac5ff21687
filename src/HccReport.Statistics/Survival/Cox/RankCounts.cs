using System.Runtime.Intrinsics;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Two multisets of ranks 0..size−1, those at risk and the events, with O(log n) insertion and "how many are
/// below rank r" queries: the counting structure of the concordance sweep. It plays the part of the balanced
/// binary trees of R survival's concordance code; with unit weights the counts are exact integers either way.
/// </summary>
/// <remarks>
/// A binary indexed (Fenwick) tree counts per block of 16 ranks, and the ranks below r inside r's block are added
/// up directly. The block trees are small enough to stay in cache; the per-rank counts of the two sets sit side by
/// side, so one query or insertion touches one or two cache lines instead of ~log₂ n scattered ones. At n = 10⁶
/// this memory traffic, not arithmetic, is the cost of the concordance.
/// </remarks>
internal sealed class RankCounts
{
    private const int BlockShift = 4;
    private readonly int[] _counts; // [2r] at risk with rank r, [2r + 1] events with rank r
    private readonly int[] _riskBlocks;
    private readonly int[] _eventBlocks;

    public RankCounts(int size)
    {
        _counts = new int[2 * size];
        _riskBlocks = new int[(size >> BlockShift) + 2];
        _eventBlocks = new int[(size >> BlockShift) + 2];
    }

    /// <summary>Number held at risk.</summary>
    public int RiskTotal { get; private set; }

    /// <summary>Number of events held.</summary>
    public int EventTotal { get; private set; }

    public void AddAtRisk(int rank, int count)
    {
        _counts[2 * rank] += count;
        RiskTotal += count;
        AddToBlock(_riskBlocks, rank, count);
    }

    public void AddEvent(int rank, int count)
    {
        _counts[2 * rank + 1] += count;
        EventTotal += count;
        AddToBlock(_eventBlocks, rank, count);
    }

    public int RiskAt(int rank) => _counts[2 * rank];

    public int EventsAt(int rank) => _counts[2 * rank + 1];

    /// <summary>Number of events with a rank below <paramref name="rank"/>.</summary>
    public int EventsBelow(int rank) => BlockPrefix(_eventBlocks, rank) + WithinBlock(rank).Events;

    /// <summary>Both sets' counts below <paramref name="rank"/>, from one read of its block.</summary>
    public (int Risk, int Events) Below(int rank)
    {
        var (risk, events) = WithinBlock(rank);
        return (BlockPrefix(_riskBlocks, rank) + risk, BlockPrefix(_eventBlocks, rank) + events);
    }

    /// <summary>Adds one observation at risk that is also an event (an event joins the risk set of earlier times).</summary>
    public void AddEventAtRisk(int rank)
    {
        _counts[2 * rank] += 1;
        _counts[2 * rank + 1] += 1;
        RiskTotal += 1;
        EventTotal += 1;
        AddToBlock(_riskBlocks, rank, 1);
        AddToBlock(_eventBlocks, rank, 1);
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
        Array.Clear(_riskBlocks);
        Array.Clear(_eventBlocks);
        RiskTotal = 0;
        EventTotal = 0;
    }

    private static void AddToBlock(int[] blocks, int rank, int count)
    {
        for (var i = (rank >> BlockShift) + 1; i < blocks.Length; i += i & -i) blocks[i] += count;
    }

    private static int BlockPrefix(int[] blocks, int rank)
    {
        var sum = 0;
        for (var i = rank >> BlockShift; i > 0; i -= i & -i) sum += blocks[i];
        return sum;
    }

    /// <summary>Both counts over the ranks of <paramref name="rank"/>'s block that are below it.</summary>
    private (int Risk, int Events) WithinBlock(int rank)
    {
        var start = (rank >> BlockShift) << BlockShift;
        var pairs = _counts.AsSpan(2 * start, 2 * (rank - start));
        int risk = 0, events = 0, k = 0;
        if (Vector256.IsHardwareAccelerated && pairs.Length >= Vector256<int>.Count)
        {
            var acc = Vector256<int>.Zero;
            for (; k + Vector256<int>.Count <= pairs.Length; k += Vector256<int>.Count)
                acc += Vector256.Create<int>(pairs.Slice(k, Vector256<int>.Count));
            risk = acc[0] + acc[2] + acc[4] + acc[6];
            events = acc[1] + acc[3] + acc[5] + acc[7];
        }
        for (; k < pairs.Length; k += 2)
        {
            risk += pairs[k];
            events += pairs[k + 1];
        }
        return (risk, events);
    }
}
