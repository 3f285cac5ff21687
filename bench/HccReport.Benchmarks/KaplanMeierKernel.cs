using System.Globalization;
using HccReport.Statistics.Survival;

namespace HccReport.Benchmarks;

/// <summary>
/// One Kaplan-Meier curve per group with R's default 95 % log intervals and the Brookmeyer-Crowley median, as
/// <c>survfit(Surv(time, status) ~ group)</c>. survfit splits the rows by group and computes every curve with its
/// interval; the kernel does the same split and fits each group (the median comes with each fit).
/// </summary>
internal sealed class KaplanMeierKernel : IBenchKernel
{
    /// <summary>The time (days) at which survival and its interval are compared with R's <c>summary(fit, times = 365)</c>.</summary>
    private const double LandmarkTime = 365;

    public string Name => "kaplan_meier";

    public string RCall => "survfit(Surv(time, status) ~ group)";

    public void Run(BenchData data) => GC.KeepAlive(Fit(data));

    public IReadOnlyList<Estimate> Estimates(BenchData data)
    {
        var estimates = new List<Estimate>();
        foreach (var (group, fit) in Fit(data))
        {
            var g = group.ToString(CultureInfo.InvariantCulture);
            estimates.Add(new Estimate($"km_median_{g}", fit.Median.Estimate ?? double.NaN));
            estimates.Add(new Estimate($"km_median_lower_{g}", fit.Median.Lower ?? double.NaN));
            estimates.Add(new Estimate($"km_median_upper_{g}", fit.Median.Upper ?? double.NaN));
            var atLandmark = fit.SurvivalAt(LandmarkTime);
            estimates.Add(new Estimate($"km_surv365_{g}", atLandmark?.Survival ?? double.NaN));
            estimates.Add(new Estimate($"km_lower365_{g}", atLandmark?.Lower ?? double.NaN));
            estimates.Add(new Estimate($"km_upper365_{g}", atLandmark?.Upper ?? double.NaN));
        }
        return estimates;
    }

    private static List<(int Group, KaplanMeierFit Fit)> Fit(BenchData data)
    {
        var groups = data.Group.Distinct().Order().ToArray();
        var fits = new List<(int, KaplanMeierFit)>(groups.Length);
        foreach (var group in groups)
        {
            var count = 0;
            foreach (var g in data.Group) if (g == group) count++;
            var time = new double[count];
            var status = new bool[count];
            var k = 0;
            for (var i = 0; i < data.N; i++)
            {
                if (data.Group[i] != group) continue;
                time[k] = data.Time[i];
                status[k] = data.Status[i];
                k++;
            }
            fits.Add((group, KaplanMeier.Fit(time, status)));
        }
        return fits;
    }
}
