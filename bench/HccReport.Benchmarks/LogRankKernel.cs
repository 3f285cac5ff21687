using System.Globalization;
using HccReport.Statistics.Survival;

namespace HccReport.Benchmarks;

/// <summary>The two-group log-rank test, as <c>survdiff(Surv(time, status) ~ group)</c>.</summary>
internal sealed class LogRankKernel : IBenchKernel
{
    public string Name => "log_rank";

    public string RCall => "survdiff(Surv(time, status) ~ group)";

    public void Run(BenchData data) => GC.KeepAlive(Fit(data));

    public IReadOnlyList<Estimate> Estimates(BenchData data)
    {
        var test = Fit(data);
        var estimates = new List<Estimate> { new("logrank_chisq", test.ChiSquare) };
        for (var g = 0; g < test.Groups.Count; g++)
        {
            var label = test.Groups[g].ToString(CultureInfo.InvariantCulture);
            estimates.Add(new Estimate($"logrank_expected_{label}", test.Expected[g]));
        }
        return estimates;
    }

    private static LogRankTest Fit(BenchData data) => LogRank.Test(data.Time, data.Status, data.Group);
}
