using System.Globalization;
using System.Text.RegularExpressions;
using HccReport.Rendering.Figures;
using HccReport.Results;
using SkiaSharp;

namespace HccReport.Rendering.Tests.Figures;

public class KaplanMeierFigureTests
{
    private static readonly FigureOptions Options = new();

    /// <summary>Two groups of five, hand-checkable: times 1..5 and 2..10, censorings at 3 and 8.</summary>
    private static KaplanMeierResult Small(KaplanMeierDisplay? display = null) =>
        SampleResults.KaplanMeier(
            [
                new SampleResults.GroupData("Control", [1, 2, 3, 4, 5], [true, true, false, true, true]),
                new SampleResults.GroupData("Treated", [2, 4, 6, 8, 10], [true, true, true, false, true]),
            ],
            step: 2, xMax: 10, p: 0.0468, display: display);

    [Fact]
    public void TicksAreTheRiskTableTimesAndSpanThePlot()
    {
        var layout = new KaplanMeierFigure(Small(), Options).Layout;

        Assert.Equal(new double[] { 0, 2, 4, 6, 8, 10 }, layout.XTicks.Select(t => t.Value));
        Assert.Equal(layout.PlotArea.Left, layout.XTicks[0].Position, LayoutAssert.Tolerance);
        Assert.Equal(layout.PlotArea.Right, layout.XTicks[^1].Position, LayoutAssert.Tolerance);
        Assert.Equal(new[] { "0", "2", "4", "6", "8", "10" }, layout.XTicks.Select(t => t.Label.Text));
    }

    [Fact]
    public void RiskTableColumnsAreCentredUnderTheTicks()
    {
        var layout = new KaplanMeierFigure(Small(), Options).Layout;
        var table = layout.RiskTable;

        Assert.Equal(layout.XTicks.Select(t => t.Position), table.ColumnX);
        Assert.Equal(2, table.Lines.Count);
        foreach (var line in table.Lines)
        {
            Assert.Equal(layout.XTicks.Count, line.Cells.Count);
            for (int i = 0; i < line.Cells.Count; i++)
            {
                var cell = line.Cells[i];
                Assert.Equal(layout.XTicks[i].Position, cell.Left + cell.Width / 2, LayoutAssert.Tolerance);
                Assert.Equal(layout.XTicks[i].Label.X, cell.X, LayoutAssert.Tolerance);
            }
        }

        // At risk (time >= t): Control 5,4,2,0,0,0; Treated 5,5,4,3,2,1.
        Assert.Equal(new[] { "5", "4", "2", "0", "0", "0" }, table.Lines[0].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "5", "5", "4", "3", "2", "1" }, table.Lines[1].Cells.Select(c => c.Text));
        Assert.Equal("Number at risk", table.Title?.Text);
    }

    [Fact]
    public void SvgDrawsEachRiskTableNumberCentredOnItsTickMark()
    {
        var figure = new KaplanMeierFigure(Small(), Options);
        var layout = figure.Layout;
        var svg = figure.ToSvg();

        // Tick marks are vertical strokes from the axis down by the tick length.
        var bottom = layout.PlotArea.Bottom;
        var tickX = Regex.Matches(svg, @"d=""M([-0-9.]+) ([-0-9.]+)L([-0-9.]+) ([-0-9.]+)""")
            .Select(m => m.Groups.Cast<Group>().Skip(1).Select(g => double.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray())
            .Where(v => v[0] == v[2] && Math.Abs(v[1] - bottom) < 0.01 && Math.Abs(v[3] - bottom - FigureStyle.TickLength) < 0.01)
            .Select(v => v[0])
            .Order()
            .ToList();
        Assert.Equal(6, tickX.Count);

        var texts = SvgTexts.Read(svg);
        foreach (var line in layout.RiskTable.Lines)
        {
            var row = texts.Where(t => Math.Abs(t.Y - line.Cells[0].Baseline) < 0.01 && t.Transform is null && char.IsDigit(t.Content[0])).OrderBy(t => t.X[0]).ToList();
            Assert.Equal(line.Cells.Select(c => c.Text), row.Select(t => t.Content));
            for (int i = 0; i < row.Count; i++)
                Assert.Equal(tickX[i], row[i].X[0] + line.Cells[i].Width / 2, 0.01);
        }
    }

    [Fact]
    public void CumulativeCountsAddCensoredAndEventsRowsPerGroup()
    {
        var layout = new KaplanMeierFigure(Small(new KaplanMeierDisplay { CumulativeCounts = true }), Options).Layout;
        var lines = layout.RiskTable.Lines;

        Assert.Null(layout.RiskTable.Title);
        Assert.Equal(8, lines.Count);
        Assert.Equal(new[] { "Control", "At risk", "Censored", "Events", "Treated", "At risk", "Censored", "Events" }, lines.Select(l => l.Label[0].Text));
        Assert.Empty(lines[0].Cells);

        // Control up to and including 0,2,4,6,8,10: censored 0,0,1,1,1,1; events 0,2,3,4,4,4.
        Assert.Equal(new[] { "0", "0", "1", "1", "1", "1" }, lines[2].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "0", "2", "3", "4", "4", "4" }, lines[3].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "0", "0", "0", "0", "1", "1" }, lines[6].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "0", "1", "2", "3", "3", "4" }, lines[7].Cells.Select(c => c.Text));
    }

    [Fact]
    public void StepCurveStartsAtOneAndDropsAtEachEvent()
    {
        var layout = new KaplanMeierFigure(Small(), Options).Layout;
        var control = layout.Curves[0];

        // Control: S = 4/5 after 1, 3/5 after 2, censored at 3, 3/5 * 1/2 = 0.3 after 4, 0 after 5.
        var expected = new (double T, double S)[] { (0, 1), (1, 1), (1, 0.8), (2, 0.8), (2, 0.6), (4, 0.6), (4, 0.3), (5, 0.3), (5, 0) };
        Assert.Equal(expected.Length, control.Steps.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(layout.MapX(expected[i].T), control.Steps[i].X, LayoutAssert.Tolerance);
            Assert.Equal(layout.MapY(expected[i].S), control.Steps[i].Y, LayoutAssert.Tolerance);
        }

        var mark = Assert.Single(control.CensorMarks);
        Assert.Equal(layout.MapX(3), mark.X, LayoutAssert.Tolerance);
        Assert.Equal(layout.MapY(0.6), mark.Y, LayoutAssert.Tolerance);
    }

    [Fact]
    public void CurvesAreCutAtTheLastTick()
    {
        var result = Small() with { RiskTable = Small().RiskTable with { Times = [0, 2, 4, 6] } };
        var layout = new KaplanMeierFigure(result, Options).Layout;

        Assert.Equal(6, layout.XMax);
        var treated = layout.Curves[1];
        Assert.All(treated.Steps, p => Assert.InRange(p.X, layout.PlotArea.Left, layout.PlotArea.Right + LayoutAssert.Tolerance));
        Assert.Equal(layout.PlotArea.Right, treated.Steps[^1].X, LayoutAssert.Tolerance);
        Assert.Equal(layout.MapY(0.4), treated.Steps[^1].Y, LayoutAssert.Tolerance);
        Assert.Empty(treated.CensorMarks);
    }

    [Fact]
    public void PercentLabelsTheSurvivalAxisFromZeroToHundred()
    {
        var percent = new KaplanMeierFigure(Small(new KaplanMeierDisplay { Percent = true }), Options).Layout;
        var probability = new KaplanMeierFigure(Small(new KaplanMeierDisplay { Percent = false }), Options).Layout;

        Assert.Equal(new[] { "0", "20", "40", "60", "80", "100" }, percent.YTicks.Select(t => t.Label.Text));
        Assert.Equal(new[] { "0.0", "0.2", "0.4", "0.6", "0.8", "1.0" }, probability.YTicks.Select(t => t.Label.Text));
        Assert.Equal("Overall survival (%)", percent.YTitle.Text);
        Assert.Equal("Overall survival", probability.YTitle.Text);
    }

    [Fact]
    public void AxisTitleNamesTheOriginAndTheUnit()
    {
        var layout = new KaplanMeierFigure(Small(), Options with { TimeUnit = "months" }).Layout;
        Assert.Equal("Time since lenvatinib start (months)", layout.XTitle.Text);

        var plain = new KaplanMeierFigure(Small() with { TimeOrigin = null }, Options with { TimeUnit = "days" }).Layout;
        Assert.Equal("Time (days)", plain.XTitle.Text);
    }

    [Fact]
    public void LegendListsEachGroupWithItsSizeAndThePValueIsOnThePlot()
    {
        var layout = new KaplanMeierFigure(Small(), Options).Layout;

        var legend = Assert.IsType<KaplanMeierLayout.LegendLayout>(layout.Legend);
        Assert.Equal(new[] { "Control (n = 5)", "Treated (n = 5)" }, legend.Entries.Select(e => e.Lines[0].Text));
        Assert.Equal(Options.ColorOf(1), legend.Entries[1].Color);
        Assert.Equal("Log-rank P = 0.047", layout.PValue?.Text);
        Assert.True(layout.PlotArea.Contains(layout.PValue!.Bounds), "the P value sits inside the plot");
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void LegendAndPValueStayClearOfCurvesBandsAndMedianLines(bool bands, bool medians)
    {
        var result = SampleResults.FlagshipOverallSurvival(new KaplanMeierDisplay { ConfidenceBands = bands, MedianLines = medians, Percent = true });
        var layout = new KaplanMeierFigure(result, Options).Layout;

        var obstacles = layout.Curves.SelectMany(c => c.Obstacles()).Concat(layout.MedianLines.Select(m => m.Bounds)).ToList();
        var placed = layout.Legend!.Texts.Select(t => t.Bounds).Append(layout.PValue!.Bounds).ToList();
        foreach (var box in placed)
            Assert.DoesNotContain(obstacles, o => LayoutAssert.Shrunk(o).IntersectsWith(box));
        Assert.True(layout.Legend.InsidePlot);
    }

    [Fact]
    public void LegendMovesAboveThePlotWhenNoPlaceInsideIsFree()
    {
        // Six flat curves at 0.95 ... 0.05 with long labels: every band along the top and bottom is taken.
        var groups = Enumerable.Range(0, 6).Select(g =>
        {
            int n = 40;
            var time = Enumerable.Range(0, n).Select(i => 0.25 * (i + 1)).ToArray();
            var events = Enumerable.Range(0, n).Select(i => i < 2 + g * 7).ToArray();
            return new SampleResults.GroupData($"Treatment arm number {g + 1} with a long description", time, events);
        }).ToList();
        var result = SampleResults.KaplanMeier(groups, step: 2, xMax: 10);
        var layout = new KaplanMeierFigure(result, Options).Layout;

        var legend = layout.Legend!;
        Assert.False(legend.InsidePlot);
        Assert.True(legend.Box.Bottom <= layout.PlotArea.Top, "the legend strip ends above the plot");
        LayoutAssert.NoOverlap(AllTexts(layout).Where(t => t != layout.YTitle));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NoTextOverlapsAndAllStaysInsideTheFigure(bool cumulative)
    {
        var result = SampleResults.FlagshipOverallSurvival(new KaplanMeierDisplay { CumulativeCounts = cumulative, MedianLines = true, LegendTitle = "Type of resistance" });
        var figure = new KaplanMeierFigure(result, Options);

        var layout = figure.Layout;
        var texts = AllTexts(layout).Where(t => t != layout.YTitle).ToList();
        LayoutAssert.NoOverlap(texts);
        LayoutAssert.InsideFigure(texts, figure.Size);
        Assert.DoesNotContain(texts, t => t.Bounds.IntersectsWith(layout.YTitleBounds));
        Assert.True(SKRect.Create(figure.Size).Contains(layout.YTitleBounds));
        Assert.True(layout.YTitleBounds.Right <= layout.YTicks.Min(t => t.Label.Left));
        Assert.Equal(453.5f, figure.Size.Width);
    }

    [Fact]
    public void CloseTicksShrinkTheNumbersUntilTheyFit()
    {
        var groups = new[] { SampleResults.Exponential("A", 4000, 30, 60, 5), SampleResults.Exponential("B", 3000, 20, 60, 6) };
        var layout = new KaplanMeierFigure(SampleResults.KaplanMeier(groups, step: 2, xMax: 60), Options).Layout;

        Assert.True(layout.RiskTable.Lines[0].Cells[0].Style.Size < 8f);
        foreach (var line in layout.RiskTable.Lines)
            LayoutAssert.NoOverlap(line.Cells);
        LayoutAssert.NoOverlap(layout.XTicks.Select(t => t.Label));
    }

    [Fact]
    public void SuppressedCountsPrintAsLessThanTheThreshold()
    {
        var layout = new KaplanMeierFigure(Small(), Options with { SuppressBelow = 5 }).Layout;

        Assert.Equal(new[] { "5", "<5", "<5", "0", "0", "0" }, layout.RiskTable.Lines[0].Cells.Select(c => c.Text));
        Assert.Equal("Control (n = 5)", layout.Legend!.Entries[0].Lines[0].Text);

        var stricter = new KaplanMeierFigure(Small(), Options with { SuppressBelow = 10 }).Layout;
        Assert.Equal("Control (n < 10)", stricter.Legend!.Entries[0].Lines[0].Text);
    }

    [Fact]
    public void SingleCurveHasNoLegendAndNoTest()
    {
        var result = SampleResults.KaplanMeier([new SampleResults.GroupData("All", [1, 2, 3], [true, false, true])], step: 1, xMax: 3);
        var layout = new KaplanMeierFigure(result, Options).Layout;

        Assert.Null(layout.Legend);
        Assert.Null(layout.PValue);
        Assert.Equal("All", layout.RiskTable.Lines[0].Label[0].Text);
    }

    [Fact]
    public void LongAxisTitlesShrinkToTheirAxis()
    {
        var result = Small() with
        {
            EndpointLabel = "Progression-free survival after the start of second-line systemic treatment following lenvatinib",
            TimeOrigin = "from the start of second-line systemic treatment following resistance to first-line lenvatinib therapy",
        };
        var layout = new KaplanMeierFigure(result, Options).Layout;

        Assert.True(layout.YTitle.Style.Size < FigureStyle.AxisTitle.Size);
        Assert.True(layout.YTitleBounds.Height <= layout.PlotArea.Height + LayoutAssert.Tolerance);
        Assert.True(layout.XTitle.Width <= layout.PlotArea.Width + LayoutAssert.Tolerance);
    }

    [Fact]
    public void ResultWithoutCurvesStillDraws()
    {
        var empty = Small() with { Groups = [], Logrank = null, RiskTable = new RiskTable { Times = [], Groups = [] } };
        var figure = new KaplanMeierFigure(empty, Options);

        Assert.Empty(figure.Layout.Curves);
        Assert.NotEmpty(figure.ToPng(72));
    }

    [Fact]
    public void SvgKeepsEveryNumberAsText()
    {
        var figure = new KaplanMeierFigure(SampleResults.FlagshipOverallSurvival(), Options);
        var texts = SvgTexts.Read(figure.ToSvg()).Select(t => t.Content).ToList();

        Assert.Contains("169", texts);
        Assert.Contains("362", texts);
        Assert.Contains("Log-rank P < 0.001", texts);
        Assert.Contains("Primary resistance (n = 169)", texts);
        Assert.Contains("Time since lenvatinib start (months)", texts);
        Assert.Equal(AllTexts(figure.Layout).Count(), texts.Count);
    }

    [Fact]
    public void BandsFollowTheLimitsAndStopWhereALimitIsMissing()
    {
        var curve = new SurvivalCurve
        {
            Time = [1, 2, 3, 4],
            NRisk = [4, 3, 2, 1],
            NEvent = [1, 1, 1, 1],
            NCensor = [0, 0, 0, 0],
            Survival = [0.75, 0.5, 0.25, 0],
            Lower = [0.4, null, 0.05, null],
            Upper = [1, 0.9, 0.8, null],
        };

        // x = 100 + 50 t, y = 100 - 100 S.
        var plot = new SKRect(100, 0, 300, 100);
        var shape = KaplanMeierLayout.CurveShape.Create(curve, SKColors.Black, plot, 4, bands: true);

        // Interval [1, 2] with the limits at 1; [2, 3] has no lower limit; [3, 4] with the limits at 3.
        Assert.Equal(2, shape.Bands.Count);
        Assert.Equal(new SKPoint[] { new(150, 0), new(200, 0), new(200, 60), new(150, 60) }, shape.Bands[0]);
        Assert.Equal(new SKPoint[] { new(250, 20), new(300, 20), new(300, 95), new(250, 95) }, shape.Bands[1]);
    }

    private static IEnumerable<PlacedText> AllTexts(KaplanMeierLayout layout) =>
        layout.XTicks.Select(t => t.Label)
            .Concat(layout.YTicks.Select(t => t.Label))
            .Append(layout.XTitle)
            .Append(layout.YTitle)
            .Concat(layout.Legend?.Texts ?? [])
            .Concat(layout.PValue is null ? [] : [layout.PValue])
            .Concat(layout.RiskTable.Title is null ? [] : [layout.RiskTable.Title])
            .Concat(layout.RiskTable.Lines.SelectMany(l => l.Label.Concat(l.Cells)));
}
