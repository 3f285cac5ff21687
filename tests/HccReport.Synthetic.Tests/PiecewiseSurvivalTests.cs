namespace HccReport.Synthetic.Tests;

/// <summary>Target curves and their quantile grids, on hand-computable anchors.</summary>
public sealed class PiecewiseSurvivalTests
{
    private static readonly PiecewiseSurvival Curve = new((0, 1.0), (10, 0.5), (20, 0.0));

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.75, 5.0)]
    [InlineData(0.5, 10.0)]
    [InlineData(0.25, 15.0)]
    [InlineData(0.0, 20.0)]
    public void TimeAt_InterpolatesLinearly(double survival, double time) => Assert.Equal(time, Curve.TimeAt(survival), 12);

    [Fact]
    public void Quantiles_LieAtMidpointLevels()
    {
        // Levels 1 - (k - 1/2)/4 = 0.875, 0.625, 0.375, 0.125 -> times 2.5, 7.5, 12.5, 17.5.
        Assert.Equal(new[] { 2.5, 7.5, 12.5, 17.5 }, Curve.Quantiles(4).Select(t => Math.Round(t, 12)));
    }

    [Fact]
    public void FlatPart_GivesItsStart() =>
        Assert.Equal(10.0, new PiecewiseSurvival((0, 1.0), (10, 0.5), (15, 0.5), (20, 0.0)).TimeAt(0.5), 12);

    [Fact]
    public void Anchors_MustRunFromOneToZero()
    {
        Assert.Throws<ArgumentException>(() => new PiecewiseSurvival((0, 0.9), (1, 0.0)));
        Assert.Throws<ArgumentException>(() => new PiecewiseSurvival((0, 1.0), (1, 0.1)));
        Assert.Throws<ArgumentException>(() => new PiecewiseSurvival((0, 1.0), (1, 0.5), (1, 0.0)));
        Assert.Throws<ArgumentException>(() => new PiecewiseSurvival((0, 1.0), (1, 0.4), (2, 0.5), (3, 0.0)));
    }
}
