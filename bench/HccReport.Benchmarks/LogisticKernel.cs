using HccReport.Statistics.Regression;

namespace HccReport.Benchmarks;

/// <summary>
/// Logistic regression of y on x1..x6 with R's IRLS, Wald intervals and the separation check, as
/// <c>glm(y ~ x1 + ... + x6, family = binomial)</c>.
/// </summary>
internal sealed class LogisticKernel : IBenchKernel
{
    public string Name => "logistic";

    public string RCall => "glm(y ~ x1 + ... + x6, family = binomial)";

    public void Run(BenchData data) => GC.KeepAlive(Fit(data));

    public IReadOnlyList<Estimate> Estimates(BenchData data)
    {
        var fit = Fit(data);
        var estimates = new List<Estimate>();
        foreach (var c in fit.Terms.Prepend(fit.Intercept))
        {
            estimates.Add(new Estimate($"glm_coef_{c.Term}", c.Estimate ?? double.NaN));
            estimates.Add(new Estimate($"glm_se_{c.Term}", c.StandardError ?? double.NaN));
        }
        estimates.Add(new Estimate("glm_deviance", fit.Deviance));
        return estimates;
    }

    private static LogisticFit Fit(BenchData data) => LogisticRegression.Fit(data.Y, data.X, BenchData.Columns);
}
