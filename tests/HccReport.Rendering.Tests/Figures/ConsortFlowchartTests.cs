using HccReport.Rendering.Figures;
using HccReport.Results;
using SkiaSharp;

namespace HccReport.Rendering.Tests.Figures;

public class ConsortFlowchartTests
{
    private static readonly FigureOptions Options = new();

    public static TheoryData<int, int, int> Shapes()
    {
        var data = new TheoryData<int, int, int>();
        foreach (var reasons in new[] { 1, 7, 15 })
        {
            foreach (var groups in new[] { 2, 3, 4 })
            {
                data.Add(reasons, groups, 2);
                data.Add(reasons, groups, 3);
            }

            data.Add(reasons, 1, 2);
            data.Add(reasons, 0, 2);
        }

        return data;
    }

    [Fact]
    public void FlagshipFigureOneHasEveryBoxWithItsCount()
    {
        var layout = new ConsortFlowchart(SampleResults.FlagshipFlow(), Options).Layout;
        var byRole = layout.Boxes.GroupBy(b => b.Role).ToDictionary(g => g.Key, g => g.Select(Text).ToList());

        Assert.Equal(["Patients with advanced HCC treated with first-line lenvatinib (n = 634)"], byRole["screened"]);
        Assert.Equal(
            ["Excluded (n = 103) Other primary tumours (n = 7) Immune monotherapy (n = 9) Not taking lenvatinib as prescribed (n = 10) "
             + "Death within one month (n = 12) No HBV or HCV infection (n = 14) Lenvatinib intolerance (n = 23) Missing follow-up data (n = 28)"],
            byRole["excluded"]);
        Assert.Equal(["Patients meeting the study criteria (n = 531)"], byRole["included"]);
        Assert.Equal(["Primary resistance (n = 169)", "Secondary resistance (n = 362)"], byRole["group"]);
        Assert.Equal(["Received second-line treatment (n = 63)", "Received second-line treatment (n = 121)"], byRole["subset"]);
        Assert.Equal(["Not meeting (n = 106)", "Not meeting (n = 241)"], byRole["not-meeting"]);
        Assert.Equal(["TKI (n = 17)", "Combination (n = 46)", "TKI (n = 22)", "Combination (n = 99)"], byRole["level"]);
        Assert.Equal(["Second-line regimen", "Second-line regimen"], byRole["caption"]);

        // Seven bullets, one per reason.
        Assert.Equal(7, layout.Boxes.Single(b => b.Role == "excluded").Lines.Count(l => l.Text == "\u2022"));
    }

    [Fact]
    public void FlagshipBoxesStandWhereAFlowchartPutsThem()
    {
        var boxes = new ConsortFlowchart(SampleResults.FlagshipFlow(), Options).Layout.Boxes;
        SKRect Of(string role, int i = 0) => boxes.Where(b => b.Role == role).ElementAt(i).Rect;

        var screened = Of("screened");
        var excluded = Of("excluded");
        var included = Of("included");
        Assert.Equal(screened.MidX, included.MidX, LayoutAssert.Tolerance);
        Assert.True(excluded.Left > screened.MidX);
        Assert.True(excluded.Top > screened.Bottom && excluded.Bottom < included.Top);

        // Groups side by side under the included box, each column going down.
        Assert.Equal(Of("group", 0).Top, Of("group", 1).Top);
        Assert.True(Of("group", 0).Right < Of("group", 1).Left);
        Assert.True(Of("group", 0).Top > included.Bottom);
        for (int column = 0; column < 2; column++)
        {
            var group = Of("group", column);
            var subset = Of("subset", column);
            Assert.Equal(group.MidX, subset.MidX, LayoutAssert.Tolerance);
            Assert.True(subset.Top > Of("not-meeting", column).Bottom && Of("not-meeting", column).Top > group.Bottom);
            var tki = Of("level", 2 * column);
            var combination = Of("level", 2 * column + 1);
            Assert.True(tki.Top > subset.Bottom);
            Assert.Equal(tki.Top, combination.Top);
            Assert.Equal(subset.MidX, (tki.MidX + combination.MidX) / 2, 0.01);
        }

        Assert.True(new ConsortFlowchart(SampleResults.FlagshipFlow(), Options).Size.Width <= FlowchartLayout.TargetWidth);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void BoxesNeverOverlapAndTextNeverLeavesItsBox(int reasons, int groups, int levels)
    {
        var figure = new ConsortFlowchart(SampleResults.Flow(reasons, groups, levels), Options);
        var boxes = figure.Layout.Boxes;

        for (int i = 0; i < boxes.Count; i++)
        {
            var a = boxes[i].Rect;
            Assert.True(SKRect.Create(figure.Size).Contains(a), $"{boxes[i].Role} {a} leaves the figure {figure.Size}");
            for (int j = i + 1; j < boxes.Count; j++)
            {
                var b = boxes[j].Rect;
                b.Inflate(2f, 2f);
                Assert.False(a.IntersectsWith(b), $"{boxes[i].Role} {a} is within 2 pt of {boxes[j].Role} {boxes[j].Rect}");
            }

            foreach (var line in boxes[i].Lines)
            {
                var inner = a;
                if (boxes[i].Bordered)
                    inner.Inflate(-2f, -2f);
                Assert.True(inner.Contains(line.Bounds), $"\"{line.Text}\" {line.Bounds} leaves its {boxes[i].Role} box {a}");
            }
        }

        LayoutAssert.NoOverlap(boxes.SelectMany(b => b.Lines));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ConnectorsRunBetweenBoxesAndEveryBoxHasOneArrowIn(int reasons, int groups, int levels)
    {
        var layout = new ConsortFlowchart(SampleResults.Flow(reasons, groups, levels), Options).Layout;

        foreach (var connector in layout.Connectors)
        {
            var from = connector.Points[0];
            var to = connector.Points[^1];
            Assert.True(from.X == to.X || from.Y == to.Y, "connectors are horizontal or vertical");
            var segment = new SKRect(Math.Min(from.X, to.X), Math.Min(from.Y, to.Y), Math.Max(from.X, to.X), Math.Max(from.Y, to.Y));
            foreach (var box in layout.Boxes)
                Assert.False(LayoutAssert.Shrunk(box.Rect, 0.5f).IntersectsWith(segment), $"a connector {segment} crosses {box.Role} {box.Rect}");
        }

        foreach (var box in layout.Boxes.Where(b => b.Bordered && b.Role != "screened"))
        {
            var arrowsIn = layout.Connectors.Where(c => c.ArrowAtEnd && OnEdge(c.Points[^1], box.Rect)).ToList();
            Assert.True(arrowsIn.Count == 1, $"{box.Role} box {box.Rect} has {arrowsIn.Count} arrows in");
        }

        Assert.Equal(layout.Connectors.Count(c => c.ArrowAtEnd), layout.Boxes.Count(b => b.Bordered) - 1);
    }

    [Fact]
    public void WideFlowsWrapTheirColumnsToFitTheTextWidth()
    {
        var three = new ConsortFlowchart(SampleResults.Flow(7, 3), Options);
        var subset = three.Layout.Boxes.First(b => b.Role == "subset");

        Assert.True(three.Size.Width <= FlowchartLayout.TargetWidth);
        Assert.True(subset.Lines.Count > 1, "the subset label wraps so three columns fit 17 cm");
    }

    [Fact]
    public void FlowWithoutGroupsOrExclusionsIsTwoBoxes()
    {
        var flow = new CohortFlow { Screened = 312, Excluded = [], Included = 312 };
        var layout = new ConsortFlowchart(flow, Options).Layout;

        Assert.Equal(["Assessed for eligibility (n = 312)", "Included (n = 312)"], layout.Boxes.Select(Text));
        Assert.Single(layout.Connectors);
    }

    [Fact]
    public void SmallCountsAreMasked()
    {
        var flow = SampleResults.FlagshipFlow();
        var layout = new ConsortFlowchart(flow, Options with { SuppressBelow = 10 }).Layout;
        var excluded = Text(layout.Boxes.Single(b => b.Role == "excluded"));

        Assert.Contains("Other primary tumours (n < 10)", excluded);
        Assert.Contains("Immune monotherapy (n < 10)", excluded);
        Assert.Contains("Not taking lenvatinib as prescribed (n = 10)", excluded);
    }

    [Fact]
    public void ReasonsAndLevelsWithoutPatientsGetNoLineOrBox()
    {
        // As in the flagship spec: inclusion criteria nobody failed, and a regimen level no included patient had.
        var flow = SampleResults.FlagshipFlow();
        flow = flow with
        {
            Excluded = [new FlowExclusion { Reason = "not meeting: Child-Pugh class A or B", N = 0, Kind = "inclusion" }, .. flow.Excluded],
            Steps = flow.Steps.Select(s => s.Kind != "split" ? s : s with
            {
                Groups = s.Groups.Select(g => g with { Levels = [.. g.Levels, new FlowGroup { Level = "PD-1 monotherapy", N = 0 }] }).ToArray(),
            }).ToArray(),
        };
        var layout = new ConsortFlowchart(flow, Options).Layout;
        Assert.DoesNotContain("Child-Pugh", Text(layout.Boxes.Single(b => b.Role == "excluded")));
        Assert.Equal(7, layout.Boxes.Single(b => b.Role == "excluded").Lines.Count(l => l.Text == "\u2022"));
        Assert.Equal(4, layout.Boxes.Count(b => b.Role == "level"));
    }

    [Fact]
    public void SvgKeepsEveryCountAsText()
    {
        var figure = new ConsortFlowchart(SampleResults.FlagshipFlow(), Options);
        var texts = SvgTexts.Read(figure.ToSvg()).Select(t => t.Content.Replace('\u00A0', ' ')).ToList();

        Assert.Contains("Excluded (n = 103)", texts);
        Assert.Contains("Patients meeting the study criteria (n = 531)", texts);
        Assert.Contains("Combination (n = 99)", texts);
        Assert.Equal(figure.Layout.Boxes.Sum(b => b.Lines.Count), texts.Count);
    }

    private static string Text(FlowBox box) =>
        string.Join(" ", box.Lines.Where(l => l.Text != "\u2022").Select(l => l.Text)).Replace('\u00A0', ' ');

    private static bool OnEdge(SKPoint p, SKRect r) =>
        (Math.Abs(p.Y - r.Top) < 0.01f && p.X > r.Left && p.X < r.Right)
        || (Math.Abs(p.X - r.Left) < 0.01f && p.Y > r.Top && p.Y < r.Bottom);
}
