using HccReport.Statistics.Survival.Cox;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>
/// The O(n log n) concordance sweep against its definition, pair by pair. R's values are checked elsewhere on its
/// data sets; these random cases reach what they rarely do: many strata, heavy ties on both time and risk score,
/// and risk sets spanning several 64-bit words of the counting structure.
/// </summary>
/// <remarks>
/// Every case is also computed split over two threads (the threshold lowered so that even small cases split):
/// the split must give the same counts and the same standard error to the last bit, wherever it falls: inside a
/// stratum, at a stratum boundary, at the edge of a large tie group, among tied risk scores.
/// </remarks>
public sealed class HarrellConcordanceBruteForceTests
{
    private sealed record Counts(long Concordant, long Discordant, long TiedRisk, long TiedTime, long TiedBoth, double? StdErr);

    /// <summary>Every pair of every stratum, with R's infinitesimal-jackknife standard error.</summary>
    private static Counts BruteForce(double[] time, bool[] status, int[] stratum, double[] eta)
    {
        var n = time.Length;
        long concordant = 0, discordant = 0, tiedRisk = 0, tiedTime = 0, tiedBoth = 0;
        var c = new long[n];
        var d = new long[n];
        var t = new long[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j || stratum[i] != stratum[j] || !status[i]) continue;
                if (time[i] == time[j] && status[j])
                {
                    if (i < j)
                    {
                        if (eta[i] == eta[j]) tiedBoth++;
                        else tiedTime++;
                    }
                    continue;
                }
                // i is an event and j is still at risk at i's time: later, or censored at the same time.
                if (time[j] < time[i]) continue;
                if (eta[i] > eta[j]) { concordant++; c[i]++; c[j]++; }
                else if (eta[i] < eta[j]) { discordant++; d[i]++; d[j]++; }
                else { tiedRisk++; t[i]++; t[j]++; }
            }

        double pairs = concordant + discordant + tiedRisk;
        double? stdErr = null;
        if (pairs > 0)
        {
            var somers = (concordant - discordant) / pairs;
            double variance = 0;
            for (var i = 0; i < n; i++)
            {
                var dfbeta = (c[i] - d[i] - (c[i] + d[i] + t[i]) * somers) / (2 * pairs);
                variance += dfbeta * dfbeta;
            }
            stdErr = Math.Sqrt(variance);
        }
        return new Counts(concordant, discordant, tiedRisk, tiedTime, tiedBoth, stdErr);
    }

    public static TheoryData<int, int, int, int, int> Cases()
    {
        // seed, n, distinct times, distinct risk scores, strata
        var data = new TheoryData<int, int, int, int, int>();
        var seed = 1;
        foreach (var n in new[] { 1, 2, 7, 63, 64, 65, 200, 700 })
            foreach (var times in new[] { 3, 50, 100_000 })
                foreach (var scores in new[] { 1, 4, 100_000 })
                    foreach (var strata in new[] { 1, 3 })
                        data.Add(seed++, n, times, scores, strata);
        return data;
    }

    /// <summary>Random data: times, about 60 % events, strata and risk scores drawn from so many distinct values.</summary>
    private static (double[] Time, bool[] Status, int[] Stratum, double[] Eta) Draw(int seed, int n, int distinctTimes,
        int distinctScores, int strata)
    {
        var random = new Random(seed);
        var time = new double[n];
        var status = new bool[n];
        var stratum = new int[n];
        var eta = new double[n];
        for (var i = 0; i < n; i++)
        {
            time[i] = 1 + random.Next(distinctTimes);
            status[i] = random.NextDouble() < 0.6;
            stratum[i] = random.Next(strata);
            eta[i] = random.Next(distinctScores) * 0.37 - 1;
        }
        return (time, status, stratum, eta);
    }

    /// <summary>
    /// The sweep, as fits call it and split over two threads, against the definition; the split against the
    /// sweep to the last bit. Returns the processing position the split fell at (0: not split).
    /// </summary>
    private static int CheckAgainstDefinition(double[] time, bool[] status, int[] stratum, double[] eta, bool stratified)
    {
        var riskSets = CoxRiskSets.Create(time, status, stratified ? stratum : null);
        var etaInProcessingOrder = riskSets.Order.Select(row => eta[row]).ToArray();
        var sweep = HarrellConcordance.Compute(riskSets, etaInProcessingOrder);
        var split = HarrellConcordance.Compute(riskSets, etaInProcessingOrder, splitThreshold: 1);
        var expected = BruteForce(time, status, stratified ? stratum : new int[time.Length], eta);

        Assert.Equal(expected.Concordant, sweep.Concordant);
        Assert.Equal(expected.Discordant, sweep.Discordant);
        Assert.Equal(expected.TiedRisk, sweep.TiedRisk);
        Assert.Equal(expected.TiedTime, sweep.TiedTime);
        Assert.Equal(expected.TiedBoth, sweep.TiedRiskAndTime);
        if (expected.StdErr is null) Assert.Null(sweep.StdErr);
        else Assert.Equal(expected.StdErr.Value, sweep.StdErr!.Value, 1e-12);

        // Records compare every member exactly; the doubles once more by their bits, to say so.
        Assert.Equal(sweep, split);
        Assert.Equal(Bits(sweep.StdErr), Bits(split.StdErr));
        Assert.Equal(Bits(sweep.Value), Bits(split.Value));
        return HarrellConcordance.SplitPoint(riskSets.GroupStart);
    }

    private static long? Bits(double? value) => value is null ? null : BitConverter.DoubleToInt64Bits(value.Value);

    [Theory]
    [MemberData(nameof(Cases))]
    public void SweepCountsEveryPairAsTheDefinitionDoes(int seed, int n, int distinctTimes, int distinctScores, int strata)
    {
        var (time, status, stratum, eta) = Draw(seed, n, distinctTimes, distinctScores, strata);
        CheckAgainstDefinition(time, status, stratum, eta, strata > 1);
    }

    public static TheoryData<int, int, int, int, int> LargerCases()
    {
        // seed, n, distinct times, distinct risk scores, strata: thousands of observations, so that each half
        // spans many words of the counting structure and the merges across the split run long.
        var data = new TheoryData<int, int, int, int, int>();
        var seed = 1001;
        foreach (var (n, times, scores, strata) in new[]
                 {
                     (2000, 3, 4, 1), (3000, 40, 1000, 1), (3000, 100_000, 100_000, 1), (2500, 100_000, 3, 1),
                     (4000, 20, 6, 3), (3500, 300, 50, 5), (3000, 100_000, 100_000, 4), (2000, 2, 2, 1),
                 })
            data.Add(seed++, n, times, scores, strata);
        return data;
    }

    [Theory]
    [MemberData(nameof(LargerCases))]
    public void SplitCountsEveryPairAsTheDefinitionDoesInThousands(int seed, int n, int distinctTimes, int distinctScores,
        int strata)
    {
        var (time, status, stratum, eta) = Draw(seed, n, distinctTimes, distinctScores, strata);
        var split = CheckAgainstDefinition(time, status, stratum, eta, strata > 1);
        Assert.InRange(split, 1, n - 1);
    }

    [Fact]
    public void SplitInsideALargeTieGroupMovesToItsEdge()
    {
        // Processing order runs from the latest time: 1,200 observations at times 101..400, then 1,500 at time 100
        // (a tie group across the middle), then 1,300 at times 1..99. Risk scores are few, with −0 and +0 among
        // them (equal, as in R), so that many pairs across the split are tied on η.
        var random = new Random(7);
        const int n = 4000;
        var time = new double[n];
        var status = new bool[n];
        var eta = new double[n];
        double[] scores = [-0.0, 0.0, 0.5, -1.25, 2];
        for (var i = 0; i < n; i++)
        {
            time[i] = i < 1200 ? 101 + random.Next(300) : i < 2700 ? 100 : 1 + random.Next(99);
            status[i] = random.NextDouble() < 0.7;
            eta[i] = scores[random.Next(scores.Length)];
        }
        var split = CheckAgainstDefinition(time, status, new int[n], eta, stratified: false);
        // The middle (2,000) is inside the tie group [1,200, 2,700): its end is the nearer edge.
        Assert.Equal(2700, split);
    }

    [Fact]
    public void SplitAtAStratumBoundaryHasNoPairsAcross()
    {
        // Two strata of 1,500: the middle is where the second one starts.
        var random = new Random(11);
        const int n = 3000;
        var time = new double[n];
        var status = new bool[n];
        var stratum = new int[n];
        var eta = new double[n];
        for (var i = 0; i < n; i++)
        {
            time[i] = 1 + random.Next(50);
            status[i] = random.NextDouble() < 0.5;
            stratum[i] = i % 2;
            eta[i] = random.Next(30) * 0.1;
        }
        var split = CheckAgainstDefinition(time, status, stratum, eta, stratified: true);
        Assert.Equal(n / 2, split);
    }

    [Fact]
    public void OneTieGroupIsNotSplit()
    {
        var (time, status, stratum, eta) = Draw(13, 1500, 1, 40, 1);
        Assert.Equal(0, CheckAgainstDefinition(time, status, stratum, eta, stratified: false));
    }

    [Fact]
    public void FitsFromTheThresholdSplitAndMatchTheSingleSweepToTheLastBit()
    {
        // Too many pairs for the definition: the split as fits get it (default threshold, two threads) against
        // the single sweep, with strata (three, so that the middle falls inside one), tied times and tied risk
        // scores.
        var n = HarrellConcordance.SplitThreshold;
        var (time, status, stratum, eta) = Draw(17, n, 2_000, 5_000, 3);
        var riskSets = CoxRiskSets.Create(time, status, stratum);
        var etaInProcessingOrder = riskSets.Order.Select(row => eta[row]).ToArray();
        var split = HarrellConcordance.Compute(riskSets, etaInProcessingOrder);
        var single = HarrellConcordance.Compute(riskSets, etaInProcessingOrder, splitThreshold: int.MaxValue);

        var at = HarrellConcordance.SplitPoint(riskSets.GroupStart);
        Assert.InRange(at, 1, n - 1);
        Assert.DoesNotContain(at, riskSets.StratumStart);
        Assert.Equal(single, split);
        Assert.Equal(Bits(single.StdErr), Bits(split.StdErr));
        Assert.True(split.Concordant + split.Discordant > 1_000_000_000L);
    }

    [Fact]
    public void SplitPointIsTheGroupStartNearestTheMiddle()
    {
        Assert.Equal(0, HarrellConcordance.SplitPoint([0]));
        Assert.Equal(0, HarrellConcordance.SplitPoint([0, 10]));
        Assert.Equal(4, HarrellConcordance.SplitPoint([0, 4, 10]));
        Assert.Equal(5, HarrellConcordance.SplitPoint([0, 1, 5, 9, 10]));
        Assert.Equal(6, HarrellConcordance.SplitPoint([0, 1, 6, 9, 10]));
        Assert.Equal(4, HarrellConcordance.SplitPoint([0, 1, 4, 6, 10]));
        Assert.Equal(1, HarrellConcordance.SplitPoint([0, 1, 10]));
        Assert.Equal(9, HarrellConcordance.SplitPoint([0, 9, 10]));
        // Nine observations, middle 4: the only candidate, 8, is as far from it as 0, and still splits.
        Assert.Equal(8, HarrellConcordance.SplitPoint([0, 8, 9]));
    }
}
