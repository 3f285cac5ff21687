using System.Text.Json.Nodes;
using HccReport.Statistics.Survival.Cox;
using HccReport.Statistics.Tests.Reference;
using static HccReport.Statistics.Tests.Cox.CoxReferenceCase;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>
/// The iteration rules against expected/cox_iterations.json: R's iteration limit, SPSS's BCON rule (Newton-Raphson
/// written out in cox.R with coxph evaluating each iterate) and the score statistics used by variable selection.
/// </summary>
public sealed class CoxIterationMatchesRTests
{
    private static readonly JsonNode Expected = ReferenceFixture.Expected("cox_iterations");

    private static (double[] Time, bool[] Status, double[,] X, string[] Names) Data(JsonNode node)
    {
        var data = node["data"]!.GetValue<string>();
        var time = ReferenceFixture.Column(data, node["time"]!.GetValue<string>());
        var status = ReferenceFixture.Column(data, node["status"]!.GetValue<string>()).Select(s => s == 1).ToArray();
        var names = Strings(node["columns"]);
        var x = new double[time.Length, names.Length];
        for (var j = 0; j < names.Length; j++)
        {
            var column = ReferenceFixture.Column(data, names[j]);
            for (var i = 0; i < time.Length; i++) x[i, j] = column[i];
        }
        return (time, status, x, names);
    }

    /// <summary>
    /// <c>coxph(Surv(futime, fustat) ~ age + ecog.ps + rx + resid.ds, ovarian, control = coxph.control(iter.max = 2))</c>:
    /// the last improving iterate and its log-likelihood as R; the standard errors from the full inverse information
    /// there (R's own output is diag(1/I_jj), checked to differ).
    /// </summary>
    [Fact]
    public void IterationLimitMatchesR()
    {
        var r = Expected["limit"]!;
        var (time, status, x, names) = Data(Expected);
        var fit = CoxRegression.Fit(time, status, x, names, new CoxOptions { MaxIterations = 2 });

        Assert.False(fit.Converged);
        Assert.Equal(2, fit.Iterations);
        Assert.Contains(fit.Warnings, w => w.Contains("did not converge", StringComparison.Ordinal));
        AssertR.Close(Doubles(r["coef"]).Select(v => v!.Value).ToArray(), fit.Coefficients.Select(c => c.Estimate!.Value).ToArray(), "coef");
        AssertR.Close(Doubles(r["loglik"])[1], fit.LogLikelihood, "loglik");
        AssertR.Close(Doubles(r["se_full"]).Select(v => v!.Value).ToArray(), fit.Coefficients.Select(c => c.StdError!.Value).ToArray(), "se");
        var variance = Doubles(r["var_full"]);
        for (var i = 0; i < 4; i++)
            for (var j = 0; j < 4; j++) AssertR.Close(variance[j * 4 + i], fit.Covariance[i][j], $"var[{i},{j}]");
        Assert.True(Math.Abs(Doubles(r["r_reported_se"])[0]!.Value - fit.Coefficients[0].StdError!.Value) > 1e-3);
    }

    public static IEnumerable<object[]> SpssCases() =>
        Enumerable.Range(0, Expected["spss"]!.AsArray().Count).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(SpssCases))]
    public void SpssStoppingRuleMatchesNewtonRaphsonInR(int index)
    {
        var r = Expected["spss"]![index]!;
        var (time, status, x, names) = Data(r);
        var fit = CoxRegression.Fit(time, status, x, names, CoxOptions.Spss);
        var what = $"spss[{index}]";

        Assert.True(fit.Converged);
        Assert.Equal(r["iterations"]!.GetValue<int>(), fit.Iterations);
        var coef = Doubles(r["coef"]);
        var se = Doubles(r["se"]);
        var lower = Doubles(r["lower"]);
        var upper = Doubles(r["upper"]);
        for (var j = 0; j < names.Length; j++)
        {
            var c = fit.Coefficients[j];
            AssertR.Close(coef[j], c.Estimate, $"{what} {c.Name} coef");
            AssertR.Close(se[j], c.StdError, $"{what} {c.Name} se");
            AssertR.Close(lower[j], c.Lower, $"{what} {c.Name} lower");
            AssertR.Close(upper[j], c.Upper, $"{what} {c.Name} upper");
        }
        var loglik = Doubles(r["loglik"]);
        AssertR.Close(loglik[0], fit.LogLikelihoodNull, what + " loglik[1]");
        AssertR.Close(loglik[1], fit.LogLikelihood, what + " loglik[2]");
    }

    /// <summary>On ovarian ~ age the SPSS rule stops one iteration before R's (4 against 5).</summary>
    [Fact]
    public void SpssRuleStopsEarlierThanR()
    {
        var r = Expected["spss"]![0]!;
        var (time, status, x, names) = Data(r);
        var spss = CoxRegression.Fit(time, status, x, names, CoxOptions.Spss);
        var asR = CoxRegression.Fit(time, status, x, names, new CoxOptions { Ties = CoxTies.Breslow });

        Assert.Equal(4, spss.Iterations);
        Assert.Equal(r["r_iter"]!.GetValue<int>(), asR.Iterations);
        Assert.Equal(5, asR.Iterations);
    }

    public static IEnumerable<object[]> SelectionCases() =>
        Enumerable.Range(0, Expected["selection"]!.AsArray().Count).Select(i => new object[] { i });

    /// <summary>
    /// Rao score statistic for adding candidates to a fitted model: coxph(..., init = c(beta, 0), iter.max = 0)$score.
    /// </summary>
    [Theory]
    [MemberData(nameof(SelectionCases))]
    public void ScoreStatisticMatchesR(int index)
    {
        var r = Expected["selection"]![index]!;
        var (time, status, x, names) = Data(Expected);
        var ties = r["ties"]!.GetValue<string>() == "breslow" ? CoxTies.Breslow : CoxTies.Efron;
        var model = new CoxSelectableModel(time, status, x, names, new CoxOptions { Ties = ties });
        int Column(string name) => Array.IndexOf(names, name);
        var current = Strings(r["current"]).Select(Column).ToArray();
        var candidates = Strings(r["candidates"]).Select(Column).ToArray();

        var fit = model.Fit(current);
        AssertR.Close(r["loglik"]!.GetValue<double>(), fit.LogLikelihood, $"selection[{index}] loglik");
        AssertR.Close(Doubles(r["coef"]).Where(v => v is not null).Select(v => v!.Value).ToArray(), fit.Coefficients, $"selection[{index}] coef");
        AssertR.Close(r["score"]!.GetValue<double>(), model.ScoreStatistic(fit, candidates), $"selection[{index}] score");
    }
}
