using System.Text.Json.Nodes;
using HccReport.Statistics.Regression;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Regression;

/// <summary>
/// Logistic regression against R's glm (tests/reference/logistic.R): every coefficient, standard error,
/// z, p, Wald and profile bound, the covariance, deviances, log-likelihood, AIC, LR test and iteration count.
/// </summary>
public class LogisticRegressionTests
{
    [Fact]
    public void RotterdamDeathMatchesR() => Assert.Equal(SeparationKind.None, CompareFixture("logistic_rotterdam", "fit", profile: true).Separation.Kind);

    [Fact]
    public void GbsgCategoricalMatchesR() => Assert.Equal(SeparationKind.None, CompareFixture("logistic_gbsg", "fit", profile: true).Separation.Kind);

    [Fact]
    public void GbsgNinetyPercentIntervalsMatchR() => CompareFixture("logistic_gbsg", "fit90", profile: true);

    [Fact]
    public void GbsgContinuousMatchesR() => Assert.Equal(SeparationKind.None, CompareFixture("logistic_gbsg_continuous", "fit", profile: true).Separation.Kind);

    [Fact]
    public void CollinearColumnIsAliasedAsInR()
    {
        var fit = CompareEdge("collinear", profile: true);
        Assert.True(fit.Terms[2].Aliased);
        Assert.Null(fit.Terms[2].Estimate);
        Assert.Contains(fit.Notes, n => n.StartsWith("x_col is a linear combination", StringComparison.Ordinal));
    }

    [Fact]
    public void ConstantColumnIsAliasedAsInR()
    {
        var fit = CompareEdge("constant", profile: true);
        Assert.True(fit.Terms[1].Aliased);
    }

    [Fact]
    public void InterceptOnlyMatchesR() => CompareEdge("intercept_only", profile: true);

    [Fact]
    public void QuasiCompleteSeparationMatchesRAndIsReported()
    {
        var fit = CompareEdge("quasi", profile: true);
        Assert.Equal(SeparationKind.QuasiComplete, fit.Separation.Kind);
        Assert.Equal(["z"], fit.Separation.Terms);
        // z = 1 has 18 events and no non-events: those 18 rows are predicted perfectly.
        Assert.Equal(18, fit.Separation.SeparatedObservations);
        Assert.False(fit.FittedProbabilitiesAtBoundary); // R does not even warn here
    }

    [Fact]
    public void QuasiSeparationInALargeSampleIsFoundAlthoughRDoesNotWarn()
    {
        // glm converges (12 iterations) with the five separated events at fitted probability 1 - 2e-6 and no warning.
        CompareFixture("logistic_quasi_large", "fit", profile: true);
        var (y, x) = LogisticData.Design("logistic_quasi_large", "y", ["x", "z"]);
        var fit = LogisticRegression.Fit(y, x, ["x", "z"]);
        Assert.True(fit.Converged);
        Assert.False(fit.FittedProbabilitiesAtBoundary);
        Assert.Equal(SeparationKind.QuasiComplete, fit.Separation.Kind);
        Assert.Equal(["z"], fit.Separation.Terms);
        Assert.Equal(5, fit.Separation.SeparatedObservations);
        Assert.StartsWith("Quasi-complete separation: The covariate z predicts the outcome perfectly for 5 of 4000 observations", fit.Separation.Message);
    }

    [Fact]
    public void ProfileBoundThatDoesNotExistIsNullAndExplained()
    {
        var (y, x) = LogisticData.Design("logistic_edge", "y_quasi", ["x1", "z"]);
        var fit = LogisticRegression.Fit(y, x, ["x1", "z"], new LogisticOptions { IntervalMethod = LogisticIntervalMethod.Profile });
        Assert.NotNull(fit.Terms[1].Lower);
        Assert.Null(fit.Terms[1].Upper); // R: NA, the profile never reaches the limit
        Assert.Contains("The likelihood profile of z does not reach the 95% limit on the upper side; that bound does not exist (R: NA).", fit.Notes);
    }

    [Fact]
    public void CompleteSeparationMatchesRAndIsReported()
    {
        var fit = CompareEdge("complete", profile: false);
        Assert.Equal(SeparationKind.Complete, fit.Separation.Kind);
        Assert.Equal(["x1", "x2"], fit.Separation.Terms);
        Assert.Equal(40, fit.Separation.SeparatedObservations);
        Assert.False(fit.Converged);
        Assert.StartsWith("Complete separation: A combination of x1 and x2 predicts the outcome perfectly for all 40 observations", fit.Separation.Message);
    }

    [Fact]
    public void SpssConventionAlsoReportsSeparation()
    {
        var (y, x) = LogisticData.Design("logistic_edge", "y_sep", ["x1", "x2"]);
        var fit = LogisticRegression.Fit(y, x, ["x1", "x2"], LogisticOptions.Spss);
        Assert.False(fit.Converged);
        Assert.Equal(20, fit.Iterations);
        Assert.Equal(SeparationKind.Complete, fit.Separation.Kind);
        Assert.Contains(fit.Notes, n => n.Contains("maximum iterations has been reached", StringComparison.Ordinal));
    }

    [Fact]
    public void OrdinaryFitReportsNoSeparation()
    {
        var (y, x) = LogisticData.Design("gbsg", "status", ["hormon", "meno", "grade2", "grade3"]);
        var fit = LogisticRegression.Fit(y, x, ["hormon", "meno", "grade2", "grade3"]);
        Assert.Equal(SeparationKind.None, fit.Separation.Kind);
        Assert.Null(fit.Separation.Message);
        Assert.Empty(fit.Notes);
    }

    [Fact]
    public void AllSameOutcomeIsReportedAsSeparation()
    {
        var y = new bool[10];
        var x = new double[10, 1];
        for (var i = 0; i < 10; i++) x[i, 0] = i;
        var fit = LogisticRegression.Fit(y, x, ["x"]);
        Assert.Equal(SeparationKind.Complete, fit.Separation.Kind);
        Assert.StartsWith("All 10 observations have the same outcome (no events)", fit.Separation.Message);
    }

    [Fact]
    public void ArgumentsAreValidated()
    {
        var x = new double[3, 1];
        Assert.Throws<ArgumentException>("x", () => LogisticRegression.Fit([true, false], x, ["a"]));
        Assert.Throws<ArgumentException>("columnNames", () => LogisticRegression.Fit([true, false, true], x, ["a", "b"]));
        x[1, 0] = double.NaN;
        Assert.Throws<ArgumentException>("x", () => LogisticRegression.Fit([true, false, true], x, ["a"]));
        Assert.Throws<ArgumentOutOfRangeException>("options", () =>
            LogisticRegression.Fit([true, false, true], new double[3, 1], ["a"], new LogisticOptions { ConfidenceLevel = 1.0 }));
    }

    private static LogisticFit CompareEdge(string section, bool profile)
    {
        var root = ReferenceFixture.Expected("logistic_edge");
        var node = root[section]!;
        var columns = JsonValues.Strings(node["columns"]);
        var (y, x) = LogisticData.Design("logistic_edge", node["outcome"]!.GetValue<string>(), columns);
        return Compare(y, x, columns, node, profile, section);
    }

    private static LogisticFit CompareFixture(string name, string section, bool profile)
    {
        var root = ReferenceFixture.Expected(name);
        var columns = JsonValues.Strings(root["columns"]);
        var (y, x) = LogisticData.Design(root["data"]!.GetValue<string>(), root["outcome"]!.GetValue<string>(), columns);
        return Compare(y, x, columns, root[section]!, profile, $"{name}.{section}");
    }

    private static LogisticFit Compare(bool[] y, double[,] x, string[] columns, JsonNode r, bool profile, string what)
    {
        var level = JsonValues.Required(r["level"], "level");
        var wald = LogisticRegression.Fit(y, x, columns, new LogisticOptions { ConfidenceLevel = level });
        var all = new[] { wald.Intercept }.Concat(wald.Terms).ToArray();

        Assert.Equal(JsonValues.Strings(r["terms"]), all.Select(c => c.Term).ToArray());
        AssertRLists.Close(JsonValues.Numbers(r["estimate"]), all.Select(c => c.Estimate).ToArray(), $"{what} estimate");
        AssertRLists.Close(JsonValues.Numbers(r["std_error"]), all.Select(c => c.StandardError).ToArray(), $"{what} SE");
        AssertRLists.Close(JsonValues.Numbers(r["z"]), all.Select(c => c.Z).ToArray(), $"{what} z");
        AssertRLists.Relative(JsonValues.Numbers(r["p"]), all.Select(c => c.P).ToArray(), $"{what} p");
        AssertRLists.Close(JsonValues.Numbers(r["wald_lower"]), all.Select(c => c.Lower).ToArray(), $"{what} Wald lower");
        AssertRLists.Close(JsonValues.Numbers(r["wald_upper"]), all.Select(c => c.Upper).ToArray(), $"{what} Wald upper");
        AssertR.Close(JsonValues.Required(r["deviance"], "deviance"), wald.Deviance, $"{what} deviance");
        AssertR.Close(JsonValues.Required(r["null_deviance"], "null"), wald.NullDeviance, $"{what} null deviance");
        AssertR.Close(JsonValues.Required(r["loglik"], "loglik"), wald.LogLikelihood, $"{what} logLik");
        AssertR.Close(JsonValues.Required(r["aic"], "aic"), wald.Aic, $"{what} AIC");
        AssertR.Close(JsonValues.Required(r["lr_chisq"], "lr"), wald.LikelihoodRatio.ChiSquare, $"{what} LR chi-square");
        AssertRLists.Relative(JsonValues.Number(r["lr_p"]), wald.LikelihoodRatio.P, $"{what} LR p");
        Assert.Equal((int)JsonValues.Required(r["lr_df"], "lr_df"), wald.LikelihoodRatio.DegreesOfFreedom);
        Assert.Equal((int)JsonValues.Required(r["rank"], "rank"), wald.Rank);
        Assert.Equal((int)JsonValues.Required(r["df_residual"], "df"), wald.ResidualDegreesOfFreedom);
        Assert.Equal((int)JsonValues.Required(r["df_null"], "df"), wald.NullDegreesOfFreedom);
        Assert.Equal((int)JsonValues.Required(r["iterations"], "iter"), wald.Iterations);
        Assert.Equal(r["converged"]!.GetValue<bool>(), wald.Converged);
        Assert.Equal(r["boundary"]!.GetValue<bool>(), wald.FittedProbabilitiesAtBoundary);

        var vcov = JsonValues.Matrix(r["vcov"]);
        for (var i = 0; i < vcov.Length; i++)
            AssertRLists.Close(vcov[i], wald.Covariance[i].ToArray(), $"{what} vcov row {i}");

        if (profile)
        {
            var prof = LogisticRegression.Fit(y, x, columns,
                new LogisticOptions { ConfidenceLevel = level, IntervalMethod = LogisticIntervalMethod.Profile });
            var pall = new[] { prof.Intercept }.Concat(prof.Terms).ToArray();
            AssertRLists.Close(JsonValues.Numbers(r["profile_lower"]), pall.Select(c => c.Lower).ToArray(), $"{what} profile lower");
            AssertRLists.Close(JsonValues.Numbers(r["profile_upper"]), pall.Select(c => c.Upper).ToArray(), $"{what} profile upper");
        }
        return wald;
    }
}
