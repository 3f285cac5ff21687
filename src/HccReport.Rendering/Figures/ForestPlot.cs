using HccReport.Results;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// A forest plot of hazard or odds ratios: each row's ratio as a square with its interval on a log axis,
/// a vertical line at 1, and the numbers as aligned text columns (label | n | events | ratio (CI) | P).
/// A subgroup analysis adds the overall diamond, interaction P values and "favours" labels.
/// </summary>
/// <remarks>R equivalent: <c>forestplot::forestplot</c> or <c>survminer::ggforest</c> on the same model.</remarks>
public sealed class ForestPlot : IFigure
{
    private const float MarkerSide = 5f;
    private const float DiamondHalfHeight = 4f;
    private const float ArrowLength = 4f;

    /// <summary>Lays out a forest plot of <paramref name="table"/>.</summary>
    /// <param name="table">The rows and texts.</param>
    /// <param name="options">Number style and suppression.</param>
    /// <param name="name">File stem under figures/.</param>
    public ForestPlot(ForestTable table, FigureOptions options, string name)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Table = table;
        Options = options;
        Name = name;
        Layout = ForestLayout.Create(table, options);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public SKSize Size => Layout.Size;

    /// <summary>What the plot shows.</summary>
    public ForestTable Table { get; }

    /// <summary>The options it was drawn with.</summary>
    public FigureOptions Options { get; }

    /// <summary>The computed geometry.</summary>
    internal ForestLayout Layout { get; }

    /// <summary>Hazard ratios of a Cox analysis; named <c>{id}_forest</c> (multivariable) or <c>{id}_univariate_forest</c>.</summary>
    public static ForestPlot ForCox(CoxResult result, ForestModel model, FigureOptions options) =>
        new(ForestTable.FromCox(result, model, options), options, FileStem(result, model));

    /// <summary>Odds ratios of a logistic analysis; named as <see cref="ForCox"/>.</summary>
    public static ForestPlot ForLogistic(LogisticResult result, ForestModel model, FigureOptions options) =>
        new(ForestTable.FromLogistic(result, model, options), options, FileStem(result, model));

    /// <summary>A subgroup analysis; named after the analysis id.</summary>
    public static ForestPlot ForSubgroups(SubgroupResult result, FigureOptions options) =>
        new(ForestTable.FromSubgroup(result), options, string.IsNullOrEmpty(result.Id) ? "subgroups" : result.Id);

    /// <inheritdoc />
    public void Draw(SKCanvas canvas, SKRect bounds) => FigureExport.Draw(canvas, bounds, Size, Paint);

    /// <inheritdoc />
    // The same figure's SVG serves the file and the HTML; drawing it once is enough.
    public string ToSvg() => (_svg ??= new Lazy<string>(() => FigureExport.ToSvg(Size, Paint))).Value;

    private Lazy<string>? _svg;

    /// <inheritdoc />
    public byte[] ToPng(int dpi) => FigureExport.ToPng(Size, dpi, Paint);

    /// <summary>The figure as PNG at <see cref="FigureOptions.Dpi"/>.</summary>
    public byte[] ToPng() => ToPng(Options.Dpi);

    private static string FileStem(AnalysisResult result, ForestModel model)
    {
        var id = string.IsNullOrEmpty(result.Id) ? result.Kind : result.Id;
        return model == ForestModel.Multivariable ? id + "_forest" : id + "_univariate_forest";
    }

    private void Paint(SKCanvas canvas)
    {
        var layout = Layout;
        var panel = layout.Panel;

        using (var rule = FigureStyle.RulePaint())
        {
            canvas.DrawLine(layout.RuleExtent.Left, layout.HeaderRuleY, layout.RuleExtent.Right, layout.HeaderRuleY, rule);

            // Axis along the bottom of the panel with outward ticks, and the line of no effect.
            float half = FigureStyle.RuleWidth / 2;
            canvas.DrawLine(panel.Left - half, layout.AxisY, panel.Right + half, layout.AxisY, rule);
            foreach (var tick in layout.Ticks)
            {
                canvas.DrawLine(tick.Position, layout.AxisY, tick.Position, layout.AxisY + FigureStyle.TickLength, rule);
            }

            canvas.DrawLine(layout.ReferenceX, panel.Top + 2f, layout.ReferenceX, layout.AxisY, rule);
        }

        using var ink = FigureStyle.FillPaint(SKColors.Black);
        using var whisker = FigureStyle.RulePaint(0.8f);
        foreach (var row in layout.Rows)
        {
            if (row.Mark is not { } mark)
                continue;
            float y = mark.CentreY;
            if (mark.From is float from && mark.To is float to && !mark.Diamond)
                canvas.DrawLine(from, y, to, y, whisker);
            else if (!mark.Diamond)
            {
                if (mark.From is float f && mark.Point is float p1)
                    canvas.DrawLine(f, y, p1, y, whisker);
                if (mark.To is float t && mark.Point is float p2)
                    canvas.DrawLine(p2, y, t, y, whisker);
            }

            if (mark.ArrowLeft && mark.From is float left)
                Arrow(canvas, ink, left, y, -1);
            if (mark.ArrowRight && mark.To is float right)
                Arrow(canvas, ink, right, y, +1);

            if (mark.Point is not float x)
                continue;
            if (mark.Diamond)
            {
                float l = mark.From ?? x - 3f;
                float r = mark.To ?? x + 3f;
                using var path = new SKPath();
                path.AddPoly([new SKPoint(l, y), new SKPoint(x, y - DiamondHalfHeight), new SKPoint(r, y), new SKPoint(x, y + DiamondHalfHeight)]);
                canvas.DrawPath(path, ink);
            }
            else
            {
                canvas.DrawRect(x - MarkerSide / 2, y - MarkerSide / 2, MarkerSide, MarkerSide, ink);
            }
        }

        foreach (var text in layout.Texts)
            text.Draw(canvas);
    }

    /// <summary>An arrowhead at <paramref name="x"/> pointing left (-1) or right (+1): the interval runs off the axis.</summary>
    private static void Arrow(SKCanvas canvas, SKPaint paint, float x, float y, int direction)
    {
        using var path = new SKPath();
        path.AddPoly([new SKPoint(x, y), new SKPoint(x - direction * ArrowLength, y - 2.2f), new SKPoint(x - direction * ArrowLength, y + 2.2f)]);
        canvas.DrawPath(path, paint);
    }
}
