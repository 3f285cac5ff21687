using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Stable least-significant-digit radix sort of doubles, returning the permutation. O(n) passes over the data
/// instead of comparison sorting: at n = 10⁶ it is several times faster than <see cref="Array.Sort(Array, Array)"/>,
/// and digits that every key shares (the low mantissa bits of whole-number times, say) cost nothing.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Digits = (64 + DigitBits - 1) / DigitBits;

    /// <summary>
    /// Reorders <paramref name="order"/> (a permutation of 0..n−1, whose current order breaks ties) so that
    /// <c>keys[order[k]]</c> is ascending, or descending when <paramref name="descending"/>. Keys must not be NaN;
    /// −0 sorts just below +0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(ReadOnlySpan<double> keys, int[] order, bool descending)
    {
        var n = order.Length;
        if (n < 2) return;
        // Every element of these scratch arrays is written before it is read: skip zeroing them.
        var bits = GC.AllocateUninitializedArray<ulong>(n);
        for (var k = 0; k < n; k++)
        {
            var raw = unchecked((ulong)BitConverter.DoubleToInt64Bits(keys[order[k]]));
            // Negative doubles order backwards as integers: flip them all; positives only need the sign bit set.
            var sortable = (raw & 0x8000_0000_0000_0000UL) != 0 ? ~raw : raw | 0x8000_0000_0000_0000UL;
            bits[k] = descending ? ~sortable : sortable;
        }

        var counts = new int[Digits * Buckets];
        for (var k = 0; k < n; k++)
        {
            var b = bits[k];
            for (var d = 0; d < Digits; d++) counts[d * Buckets + (int)((b >> (d * DigitBits)) & (Buckets - 1))]++;
        }

        var bitsOut = GC.AllocateUninitializedArray<ulong>(n);
        var current = order;
        var scratch = GC.AllocateUninitializedArray<int>(n);
        for (var d = 0; d < Digits; d++)
        {
            var count = counts.AsSpan(d * Buckets, Buckets);
            var shift = d * DigitBits;
            if (count[(int)((bits[0] >> shift) & (Buckets - 1))] == n) continue;

            var position = 0;
            for (var bucket = 0; bucket < Buckets; bucket++)
            {
                var c = count[bucket];
                count[bucket] = position;
                position += c;
            }
            for (var k = 0; k < n; k++)
            {
                var target = count[(int)((bits[k] >> shift) & (Buckets - 1))]++;
                bitsOut[target] = bits[k];
                scratch[target] = current[k];
            }
            (bits, bitsOut) = (bitsOut, bits);
            (current, scratch) = (scratch, current);
        }
        if (!ReferenceEquals(current, order)) Array.Copy(current, order, n);
    }
}
