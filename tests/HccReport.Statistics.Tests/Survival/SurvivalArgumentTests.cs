using HccReport.Statistics.Survival;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>Programmer errors are argument exceptions that name the parameter.</summary>
public class SurvivalArgumentTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void BadTimeNamesTheTimeParameter(double bad)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => KaplanMeier.Fit([1.0, bad], [true, false]));
        Assert.Equal("time", e.ParamName);
        e = Assert.ThrowsAny<ArgumentException>(() => LogRank.Test([1.0, bad], [true, false], [1, 2]));
        Assert.Equal("time", e.ParamName);
    }

    [Fact]
    public void LengthMismatchNamesTheShorterList()
    {
        Assert.Equal("status", Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1.0, 2], [true])).ParamName);
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => LogRank.Test([1.0, 2], [true, true], [1])).ParamName);
        Assert.Equal("strata", Assert.Throws<ArgumentException>(() => LogRank.Test([1.0, 2], [true, true], [1, 2], [1])).ParamName);
    }

    [Fact]
    public void EmptyDataIsRejected()
    {
        Assert.Equal("time", Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([], [])).ParamName);
    }

    [Fact]
    public void ASingleGroupCannotBeTested()
    {
        Assert.Equal("group", Assert.Throws<ArgumentException>(() => LogRank.Test([1.0, 2], [true, true], [3, 3])).ParamName);
    }

    [Fact]
    public void OptionsAndLookupsAreChecked()
    {
        var fit = KaplanMeier.Fit([1.0, 2], [true, false]);
        Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeier.Fit([1.0], [true], new KaplanMeierOptions { ConfidenceLevel = 1 }));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => fit.Quantile(1.5)).ParamName);
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => fit.SurvivalAt(-1)).ParamName);
        Assert.Equal("times", Assert.Throws<ArgumentException>(() => fit.RiskAt([double.NaN])).ParamName);
        Assert.Equal("tau", Assert.Throws<ArgumentOutOfRangeException>(() => RestrictedMean.Compute(fit, 0)).ParamName);
        Assert.Equal("rho", Assert.Throws<ArgumentOutOfRangeException>(() => LogRankWeight.FlemingHarrington(-1)).ParamName);
    }

    [Fact]
    public void RestrictedMeansAtDifferentHorizonsCannotBeSubtracted()
    {
        var fit = KaplanMeier.Fit([1.0, 2, 3], [true, false, true]);
        var e = Assert.Throws<ArgumentException>(() =>
            RestrictedMean.Difference(RestrictedMean.Compute(fit, 2), RestrictedMean.Compute(fit, 3)));
        Assert.Equal("second", e.ParamName);
    }
}
