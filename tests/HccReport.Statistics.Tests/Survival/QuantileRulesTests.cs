using HccReport.Statistics.Survival;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>
/// The one-pass quantile search against a literal transcription of survival's <c>findq</c> (dedupe with a set,
/// then R's approx: sort the knots, step function continuous from the right, NA outside the range), on random
/// curves that are not monotone and have NA gaps, as an upper band can be.
/// </summary>
public class QuantileRulesTests
{
    private const double Tol = 1.4901161193847656e-08;

    private static double? LiteralFindq(double[] time, double[] curve, double p)
    {
        var x = new List<double> { 0 };
        var y = new List<double> { 0 };
        for (var i = 0; i < time.Length; i++)
        {
            x.Add(time[i]);
            y.Add(1 - curve[i]);
        }
        if (y.Where(v => !double.IsNaN(v)).Max() < p) return null;
        var xmax = x[^1];
        var seen = new HashSet<double>();
        var keep = Enumerable.Range(0, y.Count).Where(i => seen.Add(y[i])).ToArray();
        var xs = keep.Select(i => x[i]).ToArray();
        var ys = keep.Select(i => y[i]).ToArray();
        int? Approx(double shift)
        {
            var knots = Enumerable.Range(0, ys.Length).Where(i => !double.IsNaN(ys[i]))
                .Select(i => (Knot: ys[i] + shift, Index: i)).OrderBy(k => k.Knot).ToArray();
            if (p < knots[0].Knot || p > knots[^1].Knot) return null;
            return knots.First(k => k.Knot >= p).Index;
        }
        var i1 = Approx(Tol);
        var i2 = Approx(-Tol);
        double? q = i1 is { } a && i2 is { } b ? (xs[a] + xs[b]) / 2 : null;
        if (p == 0) q = xs[0];
        if (!double.IsNaN(ys[^1]) && Math.Abs(p - ys[^1]) < Tol) q = i1 is { } c ? (xs[c] + xmax) / 2 : null;
        return q;
    }

    [Fact]
    public void OnePassSearchAgreesWithLiteralFindq()
    {
        var random = new Random(7);
        double[] levels = [1, 0.9, 0.75, 0.6, 0.5, 0.5, 0.4, 0.25, 0.1, 0, double.NaN];
        double[] probs = [0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1];
        for (var trial = 0; trial < 2000; trial++)
        {
            var k = random.Next(1, 12);
            var time = Enumerable.Range(1, k).Select(i => (double)i).ToArray();
            var curve = new double[k];
            var monotone = trial % 2 == 0;
            var level = 0;
            for (var i = 0; i < k; i++)
            {
                level = monotone ? Math.Min(levels.Length - 1, level + random.Next(0, 3)) : random.Next(levels.Length);
                curve[i] = levels[level];
            }
            foreach (var p in probs)
            {
                var expected = LiteralFindq(time, curve, p);
                var actual = QuantileRules.FindQuantile(time, curve, p);
                Assert.True(expected == actual,
                    $"curve [{string.Join(", ", curve)}], p = {p}: findq gives {expected?.ToString() ?? "NA"}, we give {actual?.ToString() ?? "null"}");
            }
        }
    }
}
