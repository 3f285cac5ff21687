using HccReport.Rendering.Figures;
using SkiaSharp;
using UglyToad.PdfPig;

namespace HccReport.Rendering.Tests.Figures;

/// <summary>The three outputs every figure shares: vectors onto a canvas, SVG and PNG.</summary>
public class FigureExportTests
{
    private static readonly FigureOptions Options = new();

    public static TheoryData<string> Figures() => ["km", "km-cumulative", "forest", "subgroups", "flowchart"];

    private static IFigure Make(string which) => which switch
    {
        "km" => new KaplanMeierFigure(SampleResults.FlagshipOverallSurvival(), Options),
        "km-cumulative" => new KaplanMeierFigure(SampleResults.FlagshipOverallSurvival(new HccReport.Results.KaplanMeierDisplay { CumulativeCounts = true, ConfidenceBands = true }), Options),
        "forest" => ForestPlot.ForCox(SampleResults.FlagshipCox(), ForestModel.Multivariable, Options),
        "subgroups" => ForestPlot.ForSubgroups(SampleResults.Subgroups(), Options),
        _ => new ConsortFlowchart(SampleResults.FlagshipFlow(), Options),
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void SameResultsGiveIdenticalBytes(string which)
    {
        var first = Make(which);
        var second = Make(which);

        Assert.Equal(first.ToPng(300), second.ToPng(300));
        Assert.Equal(first.ToPng(300), first.ToPng(300));
        Assert.Equal(first.ToSvg(), second.ToSvg());
        Assert.DoesNotContain("id=", first.ToSvg());
    }

    [Theory]
    [InlineData(300, 11811u)]
    [InlineData(600, 23622u)]
    public void PngSizeAndDensityFollowTheResolution(int dpi, uint pixelsPerMetre)
    {
        var figure = Make("km");
        var png = figure.ToPng(dpi);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((int)Math.Ceiling(figure.Size.Width * dpi / 72), bitmap.Width);
        Assert.Equal((int)Math.Ceiling(figure.Size.Height * dpi / 72), bitmap.Height);
        Assert.Equal(pixelsPerMetre, PngDensity.Read(png));
    }

    [Fact]
    public void DefaultResolutionIsTheOptionsDpi()
    {
        var figure = new ConsortFlowchart(SampleResults.FlagshipFlow(), Options with { Dpi = 600 });
        using var bitmap = SKBitmap.Decode(figure.ToPng());

        Assert.Equal(300, new FigureOptions().Dpi);
        Assert.Equal((int)Math.Ceiling(figure.Size.Width * 600 / 72), bitmap.Width);
        Assert.Throws<ArgumentOutOfRangeException>(() => figure.ToPng(10));
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void DrawScalesTheSameDrawingIntoTheBounds(string which)
    {
        // Drawn at twice its natural size onto a white surface, a figure is pixel for pixel its 144 dpi PNG.
        var figure = Make(which);
        var pixels = FigureExport.PixelSize(figure.Size, 144);
        using var surface = SKSurface.Create(new SKImageInfo(pixels.Width, pixels.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        int saveCount = surface.Canvas.SaveCount;
        figure.Draw(surface.Canvas, SKRect.Create(figure.Size.Width * 2, figure.Size.Height * 2));

        Assert.Equal(saveCount, surface.Canvas.SaveCount);
        Assert.True(surface.Canvas.TotalMatrix.IsIdentity);
        using var drawn = surface.Snapshot();
        using var png = SKBitmap.Decode(figure.ToPng(144));
        using var direct = SKBitmap.FromImage(drawn);
        Assert.Equal(png.Bytes, direct.Bytes);
    }

    [Fact]
    public void DrawOntoAPdfPageKeepsTextAsTextOnce()
    {
        var km = Make("km");
        var flowchart = Make("flowchart");
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var page = document.BeginPage(595.28f, 841.89f);
            km.Draw(page, SKRect.Create(56, 56, 483, 360));
            flowchart.Draw(page, SKRect.Create(56, 440, 483, 340));
            document.EndPage();
            document.Close();
        }

        using var pdf = PdfDocument.Open(stream.ToArray());
        var text = pdf.GetPage(1).Text.Replace('\u00A0', ' ');
        Assert.Equal(1, Occurrences(text, "Log-rank P < 0.001"));
        Assert.Equal(1, Occurrences(text, "Number at risk"));
        Assert.Contains("Excluded (n = 103)", text);
        Assert.Contains("Combination (n = 99)", text);
    }

    [Fact]
    public void DrawRejectsEmptyBounds()
    {
        using var surface = SKSurface.Create(new SKImageInfo(10, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Make("forest").Draw(surface.Canvas, SKRect.Empty));
    }

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
