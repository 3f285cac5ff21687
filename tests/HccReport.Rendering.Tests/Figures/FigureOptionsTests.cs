using HccReport.Rendering.Figures;

namespace HccReport.Rendering.Tests.Figures;

public class FigureOptionsTests
{
    [Theory]
    [InlineData(0.0004, "<0.001", "P < 0.001")]
    [InlineData(0.001, "0.001", "P = 0.001")]
    [InlineData(0.0468, "0.047", "P = 0.047")]
    [InlineData(0.5, "0.500", "P = 0.500")]
    public void DefaultPValuesPrintThreeDecimals(double p, string cell, string statement)
    {
        var options = new FigureOptions();
        Assert.Equal(cell, options.FormatPValue(p));
        Assert.Equal(statement, options.FormatPStatement(p));
    }

    [Theory]
    [InlineData(null, 3, "3", "n = 3")]
    [InlineData(5, 0, "0", "n = 0")]
    [InlineData(5, 1, "<5", "n < 5")]
    [InlineData(5, 4, "<5", "n < 5")]
    [InlineData(5, 5, "5", "n = 5")]
    public void CountsBelowTheThresholdAreMaskedButZeroIsNot(int? below, int count, string text, string phrase)
    {
        var options = new FigureOptions { SuppressBelow = below };
        Assert.Equal(text, options.FormatCount(count));
        Assert.Equal(phrase, options.CountPhrase(count));
    }

    [Fact]
    public void IntervalsUseTheRatioFormatAndNEForMissingLimits()
    {
        var options = new FigureOptions { FormatRatio = r => r.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), IntervalSeparator = ", " };
        Assert.Equal("1.6 (1.2, 2.3)", options.FormatRatioInterval(1.64, 1.15, 2.34));
        Assert.Equal("1.6 (1.2, NE)", options.FormatRatioInterval(1.64, 1.15, double.PositiveInfinity));
        Assert.Equal("1.6 (NE, NE)", options.FormatRatioInterval(1.64, null, null));
    }

    [Fact]
    public void InvalidOptionsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FigureOptions { Dpi = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FigureOptions { SuppressBelow = 1 });
        Assert.Throws<ArgumentException>(() => new FigureOptions { Palette = [] });
    }

    [Fact]
    public void PaletteIsOkabeItoAndRepeats()
    {
        var options = new FigureOptions();
        Assert.Equal(8, FigureOptions.OkabeIto.Count);
        Assert.Equal(new SkiaSharp.SKColor(0x00, 0x72, 0xB2), options.ColorOf(0));
        Assert.Equal(options.ColorOf(1), options.ColorOf(9));
    }
}
