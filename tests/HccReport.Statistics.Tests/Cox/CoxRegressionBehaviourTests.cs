using HccReport.Statistics.Survival.Cox;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>What the fit does beyond R's numbers: argument checks, row order, flags and their explanations.</summary>
public sealed class CoxRegressionBehaviourTests
{
    private static readonly double[] Time = [5, 8, 12, 3, 9, 15, 7, 11, 2, 14];
    private static readonly bool[] Status = [true, false, true, true, false, true, true, false, true, false];
    private static readonly double[,] X = { { 1 }, { 0 }, { 1 }, { 0 }, { 1 }, { 0 }, { 1 }, { 0 }, { 1 }, { 0 } };

    [Fact]
    public void RowOrderDoesNotChangeTheFit()
    {
        var reference = CoxReferenceCase.Load("cox_gbsg", 0);
        var n = reference.Time.Length;
        var p = reference.Names.Length;
        var permutation = Enumerable.Range(0, n).OrderBy(i => (i * 7919) % n).ToArray();
        var time = permutation.Select(i => reference.Time[i]).ToArray();
        var status = permutation.Select(i => reference.Status[i]).ToArray();
        var x = new double[n, p];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < p; j++) x[i, j] = reference.Covariates[permutation[i], j];

        var original = reference.Fit();
        var shuffled = CoxRegression.Fit(time, status, x, reference.Names, reference.Options);

        for (var j = 0; j < p; j++)
            Assert.Equal(original.Coefficients[j].Estimate!.Value, shuffled.Coefficients[j].Estimate!.Value, 1e-10);
        Assert.Equal(original.LogLikelihood, shuffled.LogLikelihood, 1e-8);
        Assert.Equal(original.Concordance, shuffled.Concordance with { StdErr = original.Concordance.StdErr });
        Assert.Equal(original.Concordance.StdErr!.Value, shuffled.Concordance.StdErr!.Value, 1e-12);
    }

    [Fact]
    public void CollinearAndConstantColumnsAreDroppedWithAnExplanation()
    {
        var fit = CoxReferenceCase.Load("cox_collinear", 0).Fit();

        Assert.Equal(
            [CoxCoefficientStatus.Estimated, CoxCoefficientStatus.Estimated, CoxCoefficientStatus.Aliased, CoxCoefficientStatus.Aliased, CoxCoefficientStatus.Estimated],
            fit.Coefficients.Select(c => c.Status));
        Assert.Contains(fit.Warnings, w => w.StartsWith("x3 was dropped", StringComparison.Ordinal));
        Assert.Contains(fit.Warnings, w => w.StartsWith("k was dropped", StringComparison.Ordinal));
        Assert.All(fit.Covariance[2], Assert.Null);
        Assert.Equal(3, fit.LikelihoodRatioTest!.Df);
        Assert.False(fit.MonotoneLikelihood);
    }

    [Fact]
    public void MonotoneLikelihoodIsFlaggedAndExplained()
    {
        var fit = CoxReferenceCase.Load("cox_monotone", 0).Fit();
        var c = fit.Coefficients[1];

        Assert.True(fit.Converged);
        Assert.True(fit.MonotoneLikelihood);
        Assert.Equal(CoxCoefficientStatus.Infinite, c.Status);
        Assert.True(c.Estimate < -10);
        Assert.Null(c.HazardRatio);
        Assert.Null(c.Lower);
        Assert.Contains(fit.Warnings, w => w.Contains("factor(grp)c runs to -infinity", StringComparison.Ordinal)
                                          && w.Contains("hazard ratio is zero", StringComparison.Ordinal));
        Assert.Equal(CoxCoefficientStatus.Estimated, fit.Coefficients[0].Status);
    }

    /// <summary>SPSS's BCON rule never stops on a diverging coefficient; the coefficients R's rule flags are flagged.</summary>
    [Fact]
    public void MonotoneLikelihoodUnderTheSpssRuleIsFlaggedAsInR()
    {
        var reference = CoxReferenceCase.Load("cox_monotone", 1);
        var fit = CoxRegression.Fit(reference.Time, reference.Status, reference.Covariates, reference.Names, CoxOptions.Spss);

        Assert.False(fit.Converged);
        Assert.Equal(20, fit.Iterations);
        Assert.True(fit.MonotoneLikelihood);
        Assert.Equal(
            [CoxCoefficientStatus.Estimated, CoxCoefficientStatus.Infinite, CoxCoefficientStatus.Estimated],
            fit.Coefficients.Select(c => c.Status));
        Assert.Contains(fit.Warnings, w => w.Contains("did not converge in 20 iterations", StringComparison.Ordinal));
    }

    [Fact]
    public void NoEventsGivesNoEstimateAndAnExplanation()
    {
        var fit = CoxRegression.Fit(Time, new bool[Time.Length], X, ["x"]);

        Assert.Equal(0, fit.Events);
        Assert.Equal(CoxCoefficientStatus.Aliased, fit.Coefficients[0].Status);
        Assert.Null(fit.LikelihoodRatioTest);
        Assert.Null(fit.Concordance.Value);
        Assert.Equal(0, fit.LogLikelihood);
        Assert.Contains("no events", fit.Warnings.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void ModelWithoutCovariatesHasOnlyItsLikelihood()
    {
        var fit = CoxRegression.Fit(Time, Status, new double[Time.Length, 0], []);

        Assert.Empty(fit.Coefficients);
        Assert.Equal(fit.LogLikelihoodNull, fit.LogLikelihood);
        Assert.Null(fit.ScoreTest);
        Assert.Null(fit.WaldTest);
        // R's coxph(Surv(time, status) ~ 1)$concordance: every comparable pair is tied on the predictor.
        Assert.Equal(0.5, fit.Concordance.Value);
        Assert.Equal(0, fit.Concordance.StdErr);
    }

    [Fact]
    public void IntervalsUseTheRequestedLevel()
    {
        var at95 = CoxRegression.Fit(Time, Status, X, ["x"]).Coefficients[0];
        var at90 = CoxRegression.Fit(Time, Status, X, ["x"], new CoxOptions { ConfidenceLevel = 0.90 }).Coefficients[0];

        AssertR.Close(Math.Exp(at95.Estimate!.Value - 1.959963984540054 * at95.StdError!.Value), at95.Lower, "lower 95%");
        AssertR.Close(Math.Exp(at90.Estimate!.Value + 1.6448536269514722 * at90.StdError!.Value), at90.Upper, "upper 90%");
    }

    [Fact]
    public void MismatchedLengthsAreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(Time, Status.Take(9).ToArray(), X, ["x"]));
        Assert.Equal("status", error.ParamName);
        Assert.Equal("columnNames", Assert.Throws<ArgumentException>(() => CoxRegression.Fit(Time, Status, X, ["x", "y"])).ParamName);
        Assert.Equal("strata", Assert.Throws<ArgumentException>(() => CoxRegression.Fit(Time, Status, X, ["x"], strata: [1, 2])).ParamName);
    }

    [Fact]
    public void NonFiniteValuesAreRejected()
    {
        var x = (double[,])X.Clone();
        x[3, 0] = double.NaN;
        var error = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(Time, Status, x, ["x"]));
        Assert.Equal("covariates", error.ParamName);
        Assert.Contains("row 3", error.Message, StringComparison.Ordinal);

        var time = (double[])Time.Clone();
        time[0] = double.PositiveInfinity;
        Assert.Equal("time", Assert.Throws<ArgumentException>(() => CoxRegression.Fit(time, Status, X, ["x"])).ParamName);
    }

    [Fact]
    public void InvalidOptionsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CoxRegression.Fit(Time, Status, X, ["x"], new CoxOptions { ConfidenceLevel = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoxRegression.Fit(Time, Status, X, ["x"], new CoxOptions { MaxIterations = -1 }));
    }
}
