using HccReport.Statistics.Survival.Cox;

namespace HccReport.Benchmarks;

/// <summary>
/// Cox regression of (time, status) on x1..x6 with Efron ties and R's stopping rule, concordance included,
/// as <c>coxph(Surv(time, status) ~ x1 + ... + x6, ties = "efron")</c> (which also computes the concordance).
/// </summary>
internal sealed class CoxKernel : IBenchKernel
{
    public string Name => "cox_efron";

    public string RCall => "coxph(Surv(time, status) ~ x1 + ... + x6, ties = \"efron\")";

    public void Run(BenchData data) => GC.KeepAlive(Fit(data));

    public IReadOnlyList<Estimate> Estimates(BenchData data)
    {
        var fit = Fit(data);
        var estimates = new List<Estimate>();
        foreach (var c in fit.Coefficients)
        {
            estimates.Add(new Estimate($"cox_coef_{c.Name}", c.Estimate ?? double.NaN));
            estimates.Add(new Estimate($"cox_se_{c.Name}", c.StdError ?? double.NaN));
        }
        estimates.Add(new Estimate("cox_loglik", fit.LogLikelihood));
        estimates.Add(new Estimate("cox_concordance", fit.Concordance.Value ?? double.NaN));
        return estimates;
    }

    private static CoxFit Fit(BenchData data) => CoxRegression.Fit(data.Time, data.Status, data.X, BenchData.Columns);
}
