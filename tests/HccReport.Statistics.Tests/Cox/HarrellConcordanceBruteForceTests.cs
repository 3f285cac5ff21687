using HccReport.Statistics.Survival.Cox;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>
/// The O(n log n) concordance sweep against its definition, pair by pair. R's values are checked elsewhere on its
/// data sets; these random cases reach what they rarely do: many strata, heavy ties on both time and risk score,
/// and risk sets spanning several 64-bit words of the counting structure.
/// </summary>
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

    [Theory]
    [MemberData(nameof(Cases))]
    public void SweepCountsEveryPairAsTheDefinitionDoes(int seed, int n, int distinctTimes, int distinctScores, int strata)
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

        var riskSets = CoxRiskSets.Create(time, status, strata > 1 ? stratum : null);
        var etaInProcessingOrder = riskSets.Order.Select(row => eta[row]).ToArray();
        var sweep = HarrellConcordance.Compute(riskSets, etaInProcessingOrder);
        var expected = BruteForce(time, status, stratum, eta);

        Assert.Equal(expected.Concordant, sweep.Concordant);
        Assert.Equal(expected.Discordant, sweep.Discordant);
        Assert.Equal(expected.TiedRisk, sweep.TiedRisk);
        Assert.Equal(expected.TiedTime, sweep.TiedTime);
        Assert.Equal(expected.TiedBoth, sweep.TiedRiskAndTime);
        if (expected.StdErr is null) Assert.Null(sweep.StdErr);
        else Assert.Equal(expected.StdErr.Value, sweep.StdErr!.Value, 1e-12);
    }
}
