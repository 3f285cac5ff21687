namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Counts of integer keys 0..size−1 with O(log n) insertion and "how many are below / at / above k" queries
/// (a binary indexed tree). It replaces the balanced binary tree of R survival's concordance code; with unit
/// weights the counts are exact integers either way.
/// </summary>
internal sealed class FenwickTree
{
    private readonly long[] _tree;
    private readonly long[] _at;

    public FenwickTree(int size)
    {
        _tree = new long[size + 1];
        _at = new long[size];
    }

    /// <summary>Number of keys held.</summary>
    public long Total { get; private set; }

    public void Add(int key, long count)
    {
        _at[key] += count;
        Total += count;
        for (var i = key + 1; i < _tree.Length; i += i & -i) _tree[i] += count;
    }

    /// <summary>Number of keys strictly below <paramref name="key"/>.</summary>
    public long Below(int key)
    {
        long sum = 0;
        for (var i = key; i > 0; i -= i & -i) sum += _tree[i];
        return sum;
    }

    /// <summary>Number of keys equal to <paramref name="key"/>.</summary>
    public long At(int key) => _at[key];

    /// <summary>Number of keys strictly above <paramref name="key"/>.</summary>
    public long Above(int key) => Total - Below(key) - _at[key];
}
