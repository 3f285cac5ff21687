using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Computes <see cref="CoxConcordance"/> in O(n log n): one backward sweep through time per stratum, with those
/// at risk, and the events seen so far, held by their position in η order (<see cref="ConcordanceSweep"/>).
/// Follows the counting and influence rules of R survival's <c>concordance3</c> routine.
/// </summary>
internal static class HarrellConcordance
{
    /// <param name="riskSets">The sorted observations.</param>
    /// <param name="eta">Linear predictor in processing order; equal values are ties, as in R (exact equality).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoxConcordance Compute(CoxRiskSets riskSets, double[] eta)
    {
        var n = riskSets.Count;
        // Per observation, over the comparable pairs it belongs to: the number where the event has the lower risk
        // score minus the number where it has the higher, and the number of pairs (see ConcordanceSweep.Sweep).
        var difference = new int[n];
        var pairCount = new int[n];

        var all = ConcordanceSweep.Whole(riskSets, eta);
        all.SortByEta();
        all.Sweep(difference, pairCount);
        long cEventLower = all.EventLower, cEventHigher = all.EventHigher, cTied = all.Tied;
        long tiedTime = all.TiedTime, tiedBoth = all.TiedBoth;

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
                var dfbeta = (difference[k] - pairCount[k] * somers) / (2 * pairs);
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
}
