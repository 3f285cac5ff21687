namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Computes <see cref="CoxConcordance"/> in O(n log n): one backward sweep through time per stratum, with the
/// risk scores of those at risk, and of the events seen so far, held in two Fenwick trees over the ranks of η.
/// Follows the counting and influence rules of R survival's <c>concordance3</c> routine.
/// </summary>
internal static class HarrellConcordance
{
    /// <param name="riskSets">The sorted observations.</param>
    /// <param name="eta">Linear predictor in processing order; equal values are ties, as in R (exact equality).</param>
    public static CoxConcordance Compute(CoxRiskSets riskSets, double[] eta)
    {
        var n = riskSets.Count;
        var rank = DenseRanks(eta, out var distinct);
        var isEvent = riskSets.IsEvent;
        var groupStart = riskSets.GroupStart;
        var stratumStart = riskSets.StratumStart;

        var atRisk = new FenwickTree(distinct);
        var events = new FenwickTree(distinct);
        // Per observation, the comparable pairs it belongs to in which the event has the lower risk score
        // (R's influence column "concordant" before its reversal), the higher score, and an equal score.
        var eventLower = new long[n];
        var eventHigher = new long[n];
        var tied = new long[n];
        long cEventLower = 0, cEventHigher = 0, cTied = 0, tiedTime = 0, tiedBoth = 0;
        var deathRanks = new List<int>();

        var g = 0;
        for (var s = 0; s < stratumStart.Length - 1; s++)
        {
            var end = stratumStart[s + 1];
            for (; g < groupStart.Length - 1 && groupStart[g] < end; g++)
            {
                int from = groupStart[g], to = groupStart[g + 1];

                // Censored at this time: they are at risk for the events at this time and earlier.
                for (var k = from; k < to; k++)
                {
                    if (isEvent[k]) continue;
                    var r = rank[k];
                    eventLower[k] -= events.Below(r);
                    eventHigher[k] -= events.Above(r);
                    tied[k] -= events.At(r);
                    atRisk.Add(r, 1);
                }

                // Events at this time against everyone at risk after them.
                deathRanks.Clear();
                long deathsSoFar = 0;
                for (var k = from; k < to; k++)
                {
                    if (!isEvent[k]) continue;
                    var r = rank[k];
                    long above = atRisk.Above(r), below = atRisk.Below(r), at = atRisk.At(r);
                    cEventLower += above;
                    cEventHigher += below;
                    cTied += at;
                    eventLower[k] += above;
                    eventHigher[k] += below;
                    tied[k] += at;
                    tiedTime += deathsSoFar++;
                    events.Add(r, 1);
                    deathRanks.Add(r);
                }
                if (deathRanks.Count > 1) tiedBoth += PairsWithEqualRank(deathRanks);

                for (var k = from; k < to; k++)
                {
                    if (!isEvent[k]) continue;
                    var r = rank[k];
                    eventLower[k] -= events.Below(r);
                    eventHigher[k] -= events.Above(r);
                    tied[k] -= events.At(r);
                    atRisk.Add(r, 1);
                }
            }

            // Events before each observation's own time, within the stratum, complete its counts.
            for (var k = stratumStart[s]; k < end; k++)
            {
                var r = rank[k];
                eventLower[k] += events.Below(r);
                eventHigher[k] += events.Above(r);
                tied[k] += events.At(r);
            }
            for (var k = stratumStart[s]; k < end; k++)
            {
                atRisk.Add(rank[k], -1);
                if (isEvent[k]) events.Add(rank[k], -1);
            }
        }

        // R counts with the score as a predictor of survival time (higher score, longer survival) and then
        // reverses (reverse = TRUE in coxph), so that an event with the higher risk score is concordant.
        long concordant = cEventHigher, discordant = cEventLower;
        var pairs = (double)(concordant + discordant + cTied);
        double? value = null, stdErr = null;
        if (pairs > 0)
        {
            var somers = (cEventLower - cEventHigher) / pairs;
            value = 1 - (somers + 1) / 2;
            double variance = 0;
            for (var k = 0; k < n; k++)
            {
                var dfbeta = ((eventLower[k] - eventHigher[k]) - (eventLower[k] + eventHigher[k] + tied[k]) * somers) / (2 * pairs);
                variance += dfbeta * dfbeta;
            }
            stdErr = Math.Sqrt(variance);
        }

        return new CoxConcordance
        {
            Value = value,
            StdErr = stdErr,
            Concordant = concordant,
            Discordant = discordant,
            TiedRisk = cTied,
            TiedTime = tiedTime - tiedBoth,
            TiedRiskAndTime = tiedBoth,
        };
    }

    private static int[] DenseRanks(double[] values, out int distinct)
    {
        var n = values.Length;
        var keys = (double[])values.Clone();
        var index = new int[n];
        for (var i = 0; i < n; i++) index[i] = i;
        Array.Sort(keys, index);
        var rank = new int[n];
        distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && keys[i] != keys[i - 1]) distinct++;
            rank[index[i]] = distinct;
        }
        if (n > 0) distinct++;
        return rank;
    }

    private static long PairsWithEqualRank(List<int> ranks)
    {
        ranks.Sort();
        long pairs = 0;
        long run = 1;
        for (var i = 1; i <= ranks.Count; i++)
        {
            if (i < ranks.Count && ranks[i] == ranks[i - 1])
            {
                run++;
                continue;
            }
            pairs += run * (run - 1) / 2;
            run = 1;
        }
        return pairs;
    }
}
