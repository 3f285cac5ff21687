using HccReport.Statistics.Survival.Cox;
using HccReport.Statistics.Tests.Reference;
using static HccReport.Statistics.Tests.Cox.CoxReferenceCase;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>
/// Every number of <c>summary(coxph(...))</c> and <c>fit$concordance</c> recorded by tests/reference/cox.R,
/// compared at relative 1e-6 (concordance pair counts exactly). The R call of each fit is its "formula" and
/// "ties" in expected/cox_*.json.
/// </summary>
public sealed class CoxRegressionMatchesRTests
{
    public static IEnumerable<object[]> Fits() => All(
        "cox_aml", "cox_ovarian", "cox_gbsg", "cox_rotterdam", "cox_kidney", "cox_kidney_strata",
        "cox_ties", "cox_single", "cox_diverging", "cox_monotone", "cox_collinear", "cox_nearties");

    [Theory]
    [MemberData(nameof(Fits))]
    public void CoefficientsMatchR(string caseName, int fitIndex)
    {
        var reference = Load(caseName, fitIndex);
        var r = reference.Expected;
        var fit = reference.Fit();
        var what = $"{caseName}[{fitIndex}]";

        var coef = Doubles(r["coef"]);
        var se = Doubles(r["se"]);
        var hr = Doubles(r["hr"]);
        var lower = Doubles(r["lower"]);
        var upper = Doubles(r["upper"]);
        var z = Doubles(r["z"]);
        var p = Doubles(r["p"]);
        var infinite = reference.InfiniteInR();
        Assert.Equal(coef.Length, fit.Coefficients.Count);
        for (var j = 0; j < coef.Length; j++)
        {
            var c = fit.Coefficients[j];
            var name = $"{what} {c.Name}";
            Assert.Equal(reference.Names[j], c.Name);
            AssertR.Close(coef[j], c.Estimate, name + " coef");
            AssertR.Close(se[j], c.StdError, name + " se");
            if (coef[j] is null)
            {
                Assert.Equal(CoxCoefficientStatus.Aliased, c.Status);
                continue;
            }
            if (infinite.Contains(j + 1) || !reference.ConvergedInR())
            {
                // R prints exp(coef) and a Wald test for these; we report the coefficient as infinite instead.
                Assert.Equal(CoxCoefficientStatus.Infinite, c.Status);
                Assert.Null(c.HazardRatio);
                Assert.Null(c.P);
                continue;
            }
            Assert.Equal(CoxCoefficientStatus.Estimated, c.Status);
            AssertR.Close(hr[j], c.HazardRatio, name + " exp(coef)");
            AssertR.Close(lower[j], c.Lower, name + " lower");
            AssertR.Close(upper[j], c.Upper, name + " upper");
            AssertR.Close(z[j], c.Z, name + " z");
            AssertR.Close(p[j], c.P, name + " p");
        }
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void ModelSummaryMatchesR(string caseName, int fitIndex)
    {
        var reference = Load(caseName, fitIndex);
        var r = reference.Expected;
        var fit = reference.Fit();
        var what = $"{caseName}[{fitIndex}]";

        var loglik = Doubles(r["loglik"]);
        AssertR.Close(loglik[0], fit.LogLikelihoodNull, what + " loglik[1]");
        AssertR.Close(loglik[^1], fit.LogLikelihood, what + " loglik[2]");
        Assert.Equal(r["n"]!.GetValue<int>(), fit.N);
        Assert.Equal(r["nevent"]!.GetValue<int>(), fit.Events);
        Assert.Equal(reference.ConvergedInR(), fit.Converged);
        var iterations = r["iter"]!.GetValue<int>();
        Assert.Equal(fit.Converged ? iterations : iterations - 1, fit.Iterations);

        AssertTest(r["lr"]!, fit.LikelihoodRatioTest, what + " likelihood ratio");
        AssertTest(r["wald"]!, fit.WaldTest, what + " Wald");
        AssertTest(r["score"]!, fit.ScoreTest, what + " score");
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void ConcordanceMatchesR(string caseName, int fitIndex)
    {
        var reference = Load(caseName, fitIndex);
        var r = reference.Expected["concordance"]!;
        var c = reference.Fit().Concordance;
        var what = $"{caseName}[{fitIndex}] concordance";

        Assert.Equal(r["concordant"]!.GetValue<double>(), c.Concordant);
        Assert.Equal(r["discordant"]!.GetValue<double>(), c.Discordant);
        Assert.Equal(r["tied_x"]!.GetValue<double>(), c.TiedRisk);
        Assert.Equal(r["tied_y"]!.GetValue<double>(), c.TiedTime);
        Assert.Equal(r["tied_xy"]!.GetValue<double>(), c.TiedRiskAndTime);
        AssertR.Close(r["value"]!.GetValue<double>(), c.Value, what);
        AssertR.Close(r["std"]!.GetValue<double>(), c.StdErr, what + " std");
    }

    private static void AssertTest(System.Text.Json.Nodes.JsonNode r, CoxModelTest? test, string what)
    {
        Assert.NotNull(test);
        AssertR.Close(r["statistic"]!.GetValue<double>(), test.Statistic, what + " statistic");
        Assert.Equal(r["df"]!.GetValue<double>(), test.Df);
        AssertR.Close(r["p"]!.GetValue<double>(), test.P, what + " p");
    }
}
