using FsCheck;
using FsCheck.Fluent;

namespace HccReport.Statistics.Tests.Properties;

/// <summary>
/// A small random survival data set: integer times 1..15 (so ties are common, as in real follow-up in months),
/// about two events in three, a group of two or three levels, a covariate with ties, and a random row order.
/// Every level of the group occurs and there is at least one event, the least any of the tests below needs.
/// </summary>
public sealed record SurvivalSample(double[] Time, bool[] Status, int[] Group, double[] X, int[] Permutation)
{
    public int Count => Time.Length;

    /// <summary>The number of group levels (codes 0..Levels-1).</summary>
    public int Levels => Group.Max() + 1;

    /// <summary>The rows in <see cref="Permutation"/> order.</summary>
    public T[] Shuffled<T>(T[] values) => [.. Permutation.Select(i => values[i])];

    public static Gen<SurvivalSample> Generator { get; } =
        from n in Gen.Choose(6, 40)
        from levels in Gen.Choose(2, 3)
        from times in Gen.ArrayOf(Gen.Choose(1, 15), n)
        from events in Gen.ArrayOf(Gen.Elements(true, true, false), n)
        from groups in Gen.ArrayOf(Gen.Choose(0, levels - 1), n)
        from x in Gen.ArrayOf(Gen.Choose(-12, 12), n)
        from order in Gen.Shuffle(Enumerable.Range(0, n))
        select Build(times, events, groups, x, order, levels);

    private static SurvivalSample Build(int[] times, bool[] events, int[] groups, int[] x, int[] order, int levels)
    {
        // Every level present, at least one event: set the first rows accordingly.
        for (var g = 0; g < levels; g++) groups[g] = g;
        events[0] = true;
        return new SurvivalSample(
            [.. times.Select(t => (double)t)], events, groups, [.. x.Select(v => v / 4.0)], order);
    }

    public override string ToString() =>
        $"time [{string.Join(", ", Time)}], status [{string.Join(", ", Status.Select(s => s ? 1 : 0))}], " +
        $"group [{string.Join(", ", Group)}], x [{string.Join(", ", X)}]";
}
