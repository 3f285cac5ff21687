namespace HccReport.Statistics.Tests;

/// <summary>Ranks with ties given their average rank, as R's <c>rank(ties.method = "average")</c>.</summary>
internal static class AverageRanks
{
    /// <summary>Ranks (1-based) of the values and the sum over tie groups of (t^3 - t).</summary>
    public static (double[] Ranks, double TieSum) Compute(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => values[a].CompareTo(values[b]));
        var ranks = new double[n];
        var tieSum = 0.0;
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && values[order[end]] == values[order[start]]) end++;
            var rank = (start + 1 + end) / 2.0; // average of ranks start+1 .. end
            for (var k = start; k < end; k++) ranks[order[k]] = rank;
            double t = end - start;
            tieSum += t * t * t - t;
            start = end;
        }
        return (ranks, tieSum);
    }
}
