using HccReport.Statistics.Survival.Cox;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>The selection adapter's shape; its numbers are compared with R in <see cref="CoxIterationMatchesRTests"/>.</summary>
public sealed class CoxSelectableModelTests
{
    private static readonly CoxReferenceCase Collinear = CoxReferenceCase.Load("cox_collinear", 0);

    private static CoxSelectableModel Model() =>
        new(Collinear.Time, Collinear.Status, Collinear.Covariates, Collinear.Names, Collinear.Options);

    [Fact]
    public void FitCarriesTheCoxFitAndItsCovariance()
    {
        var fit = Model().Fit([4, 0]);
        var cox = Assert.IsType<CoxFit>(fit.State);

        Assert.Equal([4, 0], fit.Columns);
        Assert.Equal(["x4", "x1"], cox.Coefficients.Select(c => c.Name));
        Assert.Equal(cox.Coefficients[0].Estimate, fit.Coefficients[0]);
        Assert.Equal(cox.Coefficients[1].StdError!.Value * cox.Coefficients[1].StdError!.Value, fit.Covariance[1, 1], 1e-15);
        Assert.Equal(cox.LogLikelihood, fit.LogLikelihood);
        Assert.True(fit.Converged);
    }

    [Fact]
    public void AnAliasedColumnHasCoefficientAndVarianceZero()
    {
        var fit = Model().Fit([0, 1, 2]);

        Assert.Equal(CoxCoefficientStatus.Aliased, ((CoxFit)fit.State!).Coefficients[2].Status);
        Assert.Equal(0, fit.Coefficients[2]);
        Assert.Equal(0, fit.Covariance[2, 2]);
    }

    [Fact]
    public void ScoreOfAnAliasedCandidateAddsNothing()
    {
        var model = Model();
        var current = model.Fit([0, 1]);

        Assert.Equal(model.ScoreStatistic(current, []), model.ScoreStatistic(current, [2]), 1e-8);
    }

    [Fact]
    public void BadColumnsAreRejected()
    {
        var model = Model();
        Assert.Equal(5, model.ColumnCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit([5]));
        Assert.Throws<ArgumentException>(() => model.Fit([1, 1]));
        Assert.Throws<ArgumentException>(() => model.ScoreStatistic(model.Fit([1]), [1]));
    }
}
