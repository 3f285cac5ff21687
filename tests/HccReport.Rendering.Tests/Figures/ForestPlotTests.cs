using HccReport.Rendering.Figures;
using HccReport.Results;
using SkiaSharp;

namespace HccReport.Rendering.Tests.Figures;

public class ForestPlotTests
{
    private static readonly FigureOptions Options = new();

    [Fact]
    public void CoxMultivariableRowsFollowTheCovariatesWithCategoricalLevelsUnderAHeading()
    {
        var table = ForestTable.FromCox(SampleResults.FlagshipCox(), ForestModel.Multivariable, Options);

        Assert.Equal(new[] { "Primary resistance", "TKI monotherapy", "Extrahepatic metastasis", "BCLC stage", "A", "B", "C" }, table.Rows.Select(r => r.Label));
        Assert.True(table.Rows[3].IsHeading);
        Assert.Equal("Reference", table.Rows[4].Text);
        Assert.Equal(new[] { 0, 0, 0, 0, 1, 1, 1 }, table.Rows.Select(r => r.Indent));
        Assert.Equal(1.93, table.Rows[0].Ratio);
        Assert.Equal("HR (95% CI)", table.IntervalHeader);

        // Every term of one model shares n and events: they go into the note, not a column.
        Assert.All(table.Rows, r => Assert.Null(r.N));
        Assert.Equal("Multivariable model: n = 184, 120 events.", table.Note);
    }

    [Fact]
    public void LogisticPlotsOddsRatios()
    {
        var logistic = new LogisticResult
        {
            Id = "logit_primary",
            Title = "Primary resistance",
            Outcome = "resistance == 'Primary'",
            OutcomeLabel = "Primary resistance",
            ConfidenceLevel = 0.9,
            Covariates = [new CovariateInfo { Variable = "afp", Label = "AFP > 400 ng/mL", Type = "binary" }],
            Univariate = [new LogisticTerm { Term = "afp", Label = "AFP > 400 ng/mL", Variable = "afp", Or = 2.0, Lower = 1.37, Upper = 2.90, P = 0.0003, N = 531 }],
        };
        var plot = ForestPlot.ForLogistic(logistic, ForestModel.Univariate, Options);

        Assert.Equal("logit_primary_univariate_forest", plot.Name);
        Assert.Equal("OR (90% CI)", plot.Table.IntervalHeader);
        Assert.Equal("Odds ratio", plot.Layout.AxisTitle.Text);
        var texts = plot.Layout.Rows[0].Texts.Select(t => t.Text).ToList();
        Assert.Equal(new[] { "AFP > 400 ng/mL", "531", "2.00 (1.37\u20132.90)", "<0.001" }, texts);
    }

    [Fact]
    public void MarkersSitOnTheirRowsAtTheRatioOnALogAxis()
    {
        var layout = ForestPlot.ForCox(SampleResults.FlagshipCox(), ForestModel.Multivariable, Options).Layout;

        var first = layout.Rows[0];
        var mark = first.Mark!;
        var label = first.Texts[0];
        Assert.Equal(label.Baseline - label.Style.CapHeight / 2, mark.CentreY, LayoutAssert.Tolerance);
        Assert.Equal(layout.MapX(1.93), mark.Point!.Value, LayoutAssert.Tolerance);
        Assert.Equal(layout.MapX(1.25), mark.From!.Value, LayoutAssert.Tolerance);
        Assert.Equal(layout.MapX(2.99), mark.To!.Value, LayoutAssert.Tolerance);

        // Log scale: equal ratios are equal distances (1 to 2 as 2 to 4), and 1 is the reference line.
        Assert.Equal(layout.MapX(2) - layout.MapX(1), layout.MapX(4) - layout.MapX(2), 0.01);
        Assert.Equal(layout.MapX(1), layout.ReferenceX);
        Assert.Contains(layout.Ticks, t => t.Value == 1 && t.Label.Text == "1");

        // Headings and the reference level draw nothing.
        Assert.Null(layout.Rows[3].Mark);
        Assert.Null(layout.Rows[4].Mark);
    }

    [Fact]
    public void TextColumnsAreAligned()
    {
        var layout = ForestPlot.ForSubgroups(SampleResults.Subgroups(), Options).Layout;
        var headers = layout.Headers.ToDictionary(h => h.Text);

        var nCells = layout.Rows.SelectMany(r => r.Texts).Where(t => t.Align == SKTextAlign.Right && t.X == headers["n"].X).ToList();
        Assert.Equal(9, nCells.Count);
        Assert.All(nCells, c => Assert.Equal(headers["n"].Bounds.Right, c.Bounds.Right, LayoutAssert.Tolerance));

        var intervals = layout.Rows.SelectMany(r => r.Texts).Where(t => t.Text.Contains('\u2013') || t.Text == "not estimable").ToList();
        Assert.Equal(9, intervals.Count);
        Assert.All(intervals, t => Assert.Equal(headers["HR (95% CI)"].Left, t.Left, LayoutAssert.Tolerance));

        // The markers' panel lies between the counts and the estimates.
        Assert.True(layout.Panel.Left > headers["Events"].Bounds.Right);
        Assert.True(layout.Panel.Right < headers["HR (95% CI)"].Left);
    }

    [Fact]
    public void SubgroupPlotShowsTheOverallDiamondAndInteractionPValues()
    {
        var plot = ForestPlot.ForSubgroups(SampleResults.Subgroups(), Options);
        var layout = plot.Layout;

        Assert.Equal("subgroups_os", plot.Name);
        Assert.True(layout.Rows[0].Mark!.Diamond);
        Assert.Equal(new[] { "P for", "interaction" }, layout.Headers.Where(h => h.Align == SKTextAlign.Right && h.Text != "n" && h.Text != "Events").Select(h => h.Text));
        var heading = layout.Rows[1];
        Assert.Equal(new[] { "Type of resistance", "0.410" }, heading.Texts.Select(t => t.Text));
        Assert.Equal(new[] { "\u2190 Favours Combination", "Favours TKI \u2192" }, layout.Favours.Select(f => f.Text));
        Assert.True(layout.Favours[0].Bounds.Right <= layout.ReferenceX);
        Assert.True(layout.Favours[1].Left >= layout.ReferenceX);
    }

    [Fact]
    public void MissingRatioPrintsNotEstimableAndDoesNotMoveTheAxis()
    {
        var layout = ForestPlot.ForSubgroups(SampleResults.Subgroups(), Options).Layout;
        var row = layout.Rows.Single(r => r.Texts.Any(t => t.Text == "not estimable"));
        Assert.Null(row.Mark);

        var withInfinite = SampleResults.Subgroups();
        var variables = withInfinite.Variables.ToList();
        variables[2] = variables[2] with
        {
            Levels = [variables[2].Levels[0], variables[2].Levels[1] with { Hr = double.PositiveInfinity, Lower = 3, Upper = double.PositiveInfinity }],
        };
        var infinite = ForestPlot.ForSubgroups(withInfinite with { Variables = variables }, Options).Layout;

        Assert.Equal(layout.AxisMin, infinite.AxisMin);
        Assert.Equal(layout.AxisMax, infinite.AxisMax);
        Assert.Contains(infinite.Rows, r => r.Texts.Any(t => t.Text == "not estimable"));
    }

    [Fact]
    public void IntervalBeyondTheAxisEndsInArrows()
    {
        var layout = ForestPlot.ForSubgroups(SampleResults.Subgroups(), Options).Layout;

        // HCV yes: 0.90 (0.05-160) with every other ratio between 0.52 and 1: the axis stops at 0.125 and 4.
        Assert.Equal(0.125, layout.AxisMin);
        Assert.Equal(4, layout.AxisMax);
        var wide = layout.Rows[^1].Mark!;
        Assert.True(wide.ArrowLeft);
        Assert.True(wide.ArrowRight);
        Assert.Equal(layout.Panel.Left, wide.From!.Value, LayoutAssert.Tolerance);
        Assert.Equal(layout.Panel.Right, wide.To!.Value, LayoutAssert.Tolerance);
        Assert.Contains(layout.Rows[^1].Texts, t => t.Text == "0.90 (0.05\u2013160.00)");
    }

    [Fact]
    public void InfiniteUpperLimitOfAMonotoneModelIsAnArrowAndNE()
    {
        var rows = new[]
        {
            new ForestRow { Label = "Finite", Ratio = 1.5, Lower = 0.8, Upper = 2.8, P = 0.2 },
            new ForestRow { Label = "Monotone", Ratio = 3.0, Lower = 1.1, Upper = double.PositiveInfinity, P = 0.04 },
        };
        var table = new ForestTable { Rows = rows, RatioName = "Hazard ratio", RatioAbbreviation = "HR" };
        var layout = new ForestPlot(table, Options, "monotone").Layout;

        var mark = layout.Rows[1].Mark!;
        Assert.True(mark.ArrowRight);
        Assert.False(mark.ArrowLeft);
        Assert.True(double.IsFinite(layout.AxisMax));
        Assert.Contains(layout.Rows[1].Texts, t => t.Text == "3.00 (1.10\u2013NE)");
    }

    [Theory]
    [InlineData(0.55, 5.4, 0.5, 8, 5)]
    [InlineData(0.9, 1.1, 0.5, 2, 3)]
    [InlineData(1.2, 3.5, 0.5, 4, 4)]
    [InlineData(0.1, 8.5, 0.1, 10, 7)]
    [InlineData(0.02, 30, 0.01, 100, 5)]
    [InlineData(0.011, 95, 0.01, 100, 5)]
    public void LogAxisUsesDoublingsOrOneTwoFiveSteps(double lower, double upper, double min, double max, int ticks)
    {
        var rows = new[] { new ForestRow { Label = "a", Ratio = Math.Sqrt(lower * upper), Lower = lower, Upper = upper }, new ForestRow { Label = "b", Ratio = lower, Lower = lower, Upper = lower }, new ForestRow { Label = "c", Ratio = upper, Lower = upper, Upper = upper } };
        var (axisMin, axisMax, tickValues) = ForestLayout.LogAxis(rows);

        Assert.Equal(min, axisMin, 1e-12);
        Assert.Equal(max, axisMax, 1e-12);
        Assert.Equal(ticks, tickValues.Count);
        Assert.Contains(tickValues, v => Math.Abs(v - 1) < 1e-12);
    }

    [Fact]
    public void LongLabelsWrapInsideTheirColumn()
    {
        var rows = new[]
        {
            new ForestRow { Label = "A covariate with a very long descriptive label that cannot fit on one line of the column", Ratio = 1.5, Lower = 0.8, Upper = 2.8, P = 0.2 },
            new ForestRow { Label = "Short", Ratio = 0.7, Lower = 0.5, Upper = 0.98, P = 0.04 },
        };
        var layout = new ForestPlot(new ForestTable { Rows = rows, RatioName = "Hazard ratio", RatioAbbreviation = "HR" }, Options, "long").Layout;

        var labelLines = layout.Rows[0].Texts.Where(t => t.Align == SKTextAlign.Left && t.X == layout.Rows[0].Texts[0].X).ToList();
        Assert.True(labelLines.Count > 1);
        Assert.All(labelLines, l => Assert.True(l.Bounds.Right < layout.Panel.Left));
        Assert.True(layout.Rows[1].Box.Top >= layout.Rows[0].Box.Bottom);
        LayoutAssert.NoOverlap(layout.Texts);
    }

    [Theory]
    [InlineData(ForestModel.Multivariable)]
    [InlineData(ForestModel.Univariate)]
    public void NoTextOverlapsAndAllStaysInsideTheFigure(ForestModel model)
    {
        var cox = ForestPlot.ForCox(SampleResults.FlagshipCox(), model, Options);
        LayoutAssert.NoOverlap(cox.Layout.Texts);
        LayoutAssert.InsideFigure(cox.Layout.Texts, cox.Size);

        var subgroups = ForestPlot.ForSubgroups(SampleResults.Subgroups(), Options);
        LayoutAssert.NoOverlap(subgroups.Layout.Texts);
        LayoutAssert.InsideFigure(subgroups.Layout.Texts, subgroups.Size);
    }

    [Fact]
    public void ModelWithoutTermsStillDraws()
    {
        var cox = SampleResults.FlagshipCox() with { Multivariable = null };
        var plot = ForestPlot.ForCox(cox, ForestModel.Multivariable, Options);

        Assert.Equal("No estimates to show", plot.Layout.Rows.Single().Texts[0].Text);
        Assert.NotEmpty(plot.ToPng(72));
    }

    [Fact]
    public void SvgKeepsTheEstimatesAsText()
    {
        var plot = ForestPlot.ForCox(SampleResults.FlagshipCox(), ForestModel.Multivariable, Options);
        var texts = SvgTexts.Read(plot.ToSvg()).Select(t => t.Content).ToList();

        Assert.Contains("1.93 (1.25\u20132.99)", texts);
        Assert.Contains("0.003", texts);
        Assert.Contains("Reference", texts);
        Assert.Equal(plot.Layout.Texts.Count(t => t.Text.Length > 0), texts.Count);
    }
}
