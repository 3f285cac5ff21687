using HccReport.Rendering.Text;

namespace HccReport.Rendering.Tests;

public class NumberStyleTests
{
    private static string Plain(string s) => s.Replace('\u00a0', ' ');

    [Theory]
    [InlineData(0.00036, "<0.001")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0049, "0.005")]
    [InlineData(0.046, "0.046")]
    [InlineData(0.5319, "0.532")]
    [InlineData(0.9989, "0.999")]
    [InlineData(0.9996, ">0.999")]
    [InlineData(1.0, ">0.999")]
    public void DefaultPrintsThreeDecimals(double p, string expected) => Assert.Equal(expected, NumberStyle.Default.P(p));

    [Theory]
    [InlineData(0.00036, "<0.001")]
    [InlineData(0.0049, "0.005")]
    [InlineData(0.0099, "0.01")]
    [InlineData(0.046, "0.05")]
    [InlineData(0.5319, "0.53")]
    [InlineData(0.996, ">0.99")]
    public void NejmPrintsTwoDecimalsAboveOnePercent(double p, string expected) => Assert.Equal(expected, NumberStyle.Nejm.P(p));

    [Theory]
    [InlineData(0.00036, "<.001")]
    [InlineData(0.0049, ".005")]
    [InlineData(0.032, ".03")]
    [InlineData(0.046, ".046")]
    [InlineData(0.049, ".049")]
    [InlineData(0.051, ".05")]
    [InlineData(0.5319, ".53")]
    [InlineData(0.996, ">.99")]
    public void JamaDropsTheLeadingZeroAndKeepsSignificanceVisible(double p, string expected) => Assert.Equal(expected, NumberStyle.Jama.P(p));

    [Theory]
    [InlineData(0.00004, "<0.0001")]
    [InlineData(0.00021, "0.00021")]
    [InlineData(0.0049, "0.0049")]
    [InlineData(0.046, "0.046")]
    [InlineData(0.0995, "0.10")]
    [InlineData(0.5319, "0.53")]
    [InlineData(0.998, ">0.99")]
    public void LancetPrintsTwoSignificantFigures(double p, string expected) => Assert.Equal(expected, NumberStyle.Lancet.P(p));

    [Theory]
    [InlineData("default", 0.00036, "P < 0.001")]
    [InlineData("default", 0.0049, "P = 0.005")]
    [InlineData("nejm", 0.00036, "P<0.001")]
    [InlineData("nejm", 0.032, "P=0.03")]
    [InlineData("jama", 0.00036, "P < .001")]
    [InlineData("jama", 0.032, "P = .03")]
    [InlineData("lancet", 0.0049, "p=0.0049")]
    [InlineData("lancet", 0.00001, "p<0.0001")]
    public void PStatementsFollowEachJournal(string style, double p, string expected) =>
        Assert.Equal(expected, Plain(NumberStyle.FromName(style).PStatement(p)));

    [Theory]
    [InlineData("default", "P < 0.05")]
    [InlineData("nejm", "P<0.05")]
    [InlineData("jama", "P < .05")]
    [InlineData("lancet", "p<0.05")]
    public void SignificanceThresholds(string style, string expected) =>
        Assert.Equal(expected, Plain(NumberStyle.FromName(style).Below(0.05)));

    [Fact]
    public void PStatementNeverBreaksBetweenSymbolAndValue() =>
        Assert.Equal("P\u00a0=\u00a00.005", NumberStyle.Default.PStatement(0.0049));

    [Theory]
    [InlineData("default", "1.19\u20132.61")]
    [InlineData("nejm", "1.19 to 2.61")]
    [InlineData("jama", "1.19-2.61")]
    [InlineData("lancet", "1.19\u20132.61")]
    public void IntervalSeparators(string style, string expected) =>
        Assert.Equal(expected, NumberStyle.FromName(style).Interval(1.1912, 2.6149));

    [Fact]
    public void NegativeLimitsAreJoinedByToInEveryStyle()
    {
        Assert.Equal("-0.50 to 0.30", NumberStyle.Default.Interval(-0.5, 0.3));
        Assert.Equal("-0.50 to 0.30", NumberStyle.Jama.Interval(-0.5, 0.3));
    }

    [Theory]
    [InlineData("default", "OR 1.76, 95% CI 1.19\u20132.61; P = 0.005")]
    [InlineData("nejm", "odds ratio, 1.76; 95% CI, 1.19 to 2.61; P=0.005")]
    [InlineData("jama", "OR, 1.76; 95% CI, 1.19-2.61; P = .005")]
    [InlineData("lancet", "OR 1.76, 95% CI 1.19\u20132.61; p=0.0049")]
    public void EffectClauses(string style, string expected) =>
        Assert.Equal(expected, Plain(NumberStyle.FromName(style).EffectClause("OR", 1.7612, 1.1912, 2.6149, 0.95, 0.0049)));

    [Fact]
    public void RatiosTakeTwoDecimalsAndInfiniteOnesAreNotEstimable()
    {
        Assert.Equal("1.97", NumberStyle.Default.Ratio(1.9749));
        Assert.Equal("NE", NumberStyle.Default.Ratio(null));
        Assert.Equal("NE", NumberStyle.Default.Ratio(double.PositiveInfinity));
        Assert.Equal("1.97 (1.36\u20132.87)", NumberStyle.Default.RatioWithInterval(1.9749, 1.3551, 2.8712));
    }

    [Fact]
    public void TimesTakeOneDecimalAndNotReachedIsNR()
    {
        Assert.Equal("11.0", NumberStyle.Default.Time(11));
        Assert.Equal("NR", NumberStyle.Default.Time(null));
        Assert.Equal("24.0\u2013NR", NumberStyle.Default.TimeInterval(24, null));
        Assert.Equal("12", NumberStyle.Default.Landmark(12));
        Assert.Equal("1.5", NumberStyle.Default.Landmark(1.5));
    }

    [Fact]
    public void PercentagesOfCounts()
    {
        Assert.Equal("78 (46.2)", NumberStyle.Default.CountPercent("78", NumberStyle.Default.Percent(46.1538)));
        Assert.Equal("78 (46%)", NumberStyle.Lancet.CountPercent("78", NumberStyle.Lancet.Percent(46.1538)));
        Assert.Equal("46.3%", NumberStyle.Default.SurvivalPercent(0.4634));
        Assert.Equal("95%", NumberStyle.Default.Level(0.95));
        Assert.Equal("97.5%", NumberStyle.Default.Level(0.975));
    }

    [Fact]
    public void FixedRoundsHalfAwayFromZeroWithoutNegativeZero()
    {
        Assert.Equal("0.13", NumberStyle.Fixed(0.125, 2));
        Assert.Equal("-0.13", NumberStyle.Fixed(-0.125, 2));
        Assert.Equal("0.00", NumberStyle.Fixed(-0.0001, 2));
    }

    [Fact]
    public void UnknownStyleNamesAreRejected() =>
        Assert.Throws<ArgumentException>(() => NumberStyle.FromName("bmj"));

    [Fact]
    public void CountMaskHidesSmallCountsAndTheirPercentages()
    {
        var mask = new CountMask(5);
        Assert.Equal("<5", mask.Count(3));
        Assert.Equal("5", mask.Count(5));
        Assert.Equal("0", mask.Count(0));
        Assert.Equal("<5 (\u2013)", mask.CountPercent(NumberStyle.Default, 3, 1.8));
        Assert.Equal("12 (7.1)", mask.CountPercent(NumberStyle.Default, 12, 7.1));
        Assert.Contains("Counts from 1 to 4 are shown as", mask.Statement());
        Assert.Null(CountMask.None.Statement());
    }
}
