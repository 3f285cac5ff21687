using HccReport.Statistics.Regression;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Regression;

/// <summary>
/// The SPSS convention against real SPSS 31 output (expected/logistic_spss.json, transcribed by
/// tests/reference/logistic.R from StatEdu/StatEdu_Studio's sample/spss31_analysis_cells.csv).
/// </summary>
public class LogisticSpssTests
{
    private static readonly string[] Columns = ["age", "sex1", "ph_ecog1", "ph_ecog2"];

    [Fact]
    public void VariablesInTheEquationMatchSpss()
    {
        var spss = ReferenceFixture.Expected("logistic_spss")["spss"]!;
        var (y, x) = LogisticData.Design("spss_validation", "status", Columns);
        var fit = LogisticRegression.Fit(y, x, Columns, LogisticOptions.Spss);
        var all = new[] { fit.Intercept }.Concat(fit.Terms).ToArray();

        AssertRLists.Close(JsonValues.Numbers(spss["b"]), all.Select(c => c.Estimate).ToArray(), "B");
        AssertRLists.Close(JsonValues.Numbers(spss["se"]), all.Select(c => c.StandardError).ToArray(), "S.E.");
        AssertRLists.Close(JsonValues.Numbers(spss["wald"]), all.Select(c => c.Wald).ToArray(), "Wald");
        AssertRLists.Close(JsonValues.Numbers(spss["sig"]), all.Select(c => c.P).ToArray(), "Sig.");
        AssertRLists.Close(JsonValues.Numbers(spss["exp_b"]), all.Select(c => c.OddsRatio).ToArray(), "Exp(B)");
        var lower = JsonValues.Numbers(spss["ci_lower"]);
        var upper = JsonValues.Numbers(spss["ci_upper"]);
        for (var j = 1; j < all.Length; j++)
        {
            AssertR.Close(lower[j], all[j].OddsRatioLower, $"CI lower {all[j].Term}");
            AssertR.Close(upper[j], all[j].OddsRatioUpper, $"CI upper {all[j].Term}");
        }

        var phEcog = fit.JointWald([2, 3])!;
        AssertR.Close(JsonValues.Required(spss["ph_ecog_wald"], "wald"), phEcog.ChiSquare, "ph_ecog joint Wald");
        Assert.Equal(2, phEcog.DegreesOfFreedom);
        AssertR.Close(JsonValues.Required(spss["ph_ecog_wald_sig"], "sig"), phEcog.P, "ph_ecog joint Wald Sig.");

        AssertR.Close(JsonValues.Required(spss["minus2ll"], "-2LL"), fit.Deviance, "-2 Log likelihood");
        AssertR.Close(JsonValues.Required(spss["omnibus_chisq"], "omnibus"), fit.LikelihoodRatio.ChiSquare, "omnibus chi-square");
        AssertR.Close(JsonValues.Number(spss["omnibus_sig"]), fit.LikelihoodRatio.P, "omnibus Sig.");
        Assert.Equal(4, fit.LikelihoodRatio.DegreesOfFreedom);
        AssertR.Close(JsonValues.Required(spss["cox_snell"], "cs"), fit.CoxSnellR2, "Cox & Snell R Square");
        AssertR.Close(JsonValues.Required(spss["nagelkerke"], "n"), fit.NagelkerkeR2, "Nagelkerke R Square");
        Assert.Equal(4, fit.Iterations); // SPSS's values are iterate 4 from zeros (SPSS note 3.1)
    }

    [Fact]
    public void StepZeroConstantMatchesSpssIterateNotTheExactEstimate()
    {
        var spss = ReferenceFixture.Expected("logistic_spss")["spss"]!;
        var (y, _) = LogisticData.Design("spss_validation", "status", Columns);
        var fit = LogisticRegression.Fit(y, new double[y.Length, 0], [], LogisticOptions.Spss);

        var b = JsonValues.Required(spss["step0_constant_b"], "b");
        // Closer than 1e-12 to SPSS, while the exact estimate log(50/22) differs from it by 2.4e-8.
        Assert.Equal(b, fit.Intercept.Estimate!.Value, 1e-12);
        Assert.True(Math.Abs(Math.Log(50.0 / 22.0) - b) > 1e-8);
        AssertR.Close(JsonValues.Required(spss["step0_constant_se"], "se"), fit.Intercept.StandardError, "Step 0 S.E.");
        AssertR.Close(JsonValues.Required(spss["step0_constant_wald"], "wald"), fit.Intercept.Wald, "Step 0 Wald");
        AssertR.Close(JsonValues.Required(spss["step0_constant_sig"], "sig"), fit.Intercept.P, "Step 0 Sig.");
        Assert.Equal(3, fit.Iterations);
    }

    [Fact]
    public void RConventionOnTheSameDataMatchesGlm()
    {
        var r = ReferenceFixture.Expected("logistic_spss")["r"]!;
        var (y, x) = LogisticData.Design("spss_validation", "status", Columns);
        var fit = LogisticRegression.Fit(y, x, Columns);
        var all = new[] { fit.Intercept }.Concat(fit.Terms).ToArray();
        AssertRLists.Close(JsonValues.Numbers(r["estimate"]), all.Select(c => c.Estimate).ToArray(), "glm estimate");
        AssertRLists.Close(JsonValues.Numbers(r["std_error"]), all.Select(c => c.StandardError).ToArray(), "glm SE");
        AssertRLists.Close(JsonValues.Numbers(r["wald_lower"]), all.Select(c => c.Lower).ToArray(), "glm Wald lower");
    }
}
