using HccReport.Results;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// A Kaplan-Meier figure in the style the KMunicate study recommends (Morris et al., BMJ Open 2019): step
/// curves with censor ticks, optional confidence bands and median lines, the test's P value on the plot, a
/// legend with each group's n, and a number-at-risk table whose columns stand under the x-axis ticks
/// (optionally with cumulative censored and events rows). Colour-blind-safe colours, no gridlines, outward ticks.
/// </summary>
/// <remarks>
/// Everything drawn comes from the <see cref="KaplanMeierResult"/>: the curve is its step function, the
/// ticks are <see cref="RiskTable.Times"/>, and the display choices are <see cref="KaplanMeierDisplay"/>.
/// R equivalent: <c>survminer::ggsurvplot(fit, risk.table = TRUE, pval = TRUE, break.time.by = ...)</c>.
/// </remarks>
public sealed class KaplanMeierFigure : IFigure
{
    private const float CurveWidth = 1.25f;
    private const float BandAlpha = 0.16f;

    /// <summary>Lays out the figure of <paramref name="result"/>.</summary>
    /// <param name="result">The Kaplan-Meier analysis.</param>
    /// <param name="options">Number style, palette, suppression and time unit.</param>
    /// <param name="name">File stem; default the analysis id (e.g. <c>km_os</c>).</param>
    public KaplanMeierFigure(KaplanMeierResult result, FigureOptions options, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        Result = result;
        Options = options;
        Name = name ?? (string.IsNullOrEmpty(result.Id) ? "km" : result.Id);
        Layout = KaplanMeierLayout.Create(result, options);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public SKSize Size => Layout.Size;

    /// <summary>The analysis drawn.</summary>
    public KaplanMeierResult Result { get; }

    /// <summary>The options it was drawn with.</summary>
    public FigureOptions Options { get; }

    /// <summary>The computed geometry.</summary>
    internal KaplanMeierLayout Layout { get; }

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

    private void Paint(SKCanvas canvas)
    {
        var layout = Layout;
        var plot = layout.PlotArea;

        // Bands under everything, then median lines, then curves and their censor marks.
        foreach (var curve in layout.Curves)
        {
            using var band = FigureStyle.FillPaint(curve.Color.WithAlpha((byte)(255 * BandAlpha)));
            foreach (var polygon in curve.Bands)
            {
                using var path = new SKPath();
                path.AddPoly([.. polygon], close: true);
                canvas.DrawPath(path, band);
            }
        }

        if (layout.MedianLines.Count > 0)
        {
            using var dashed = FigureStyle.RulePaint(0.6f, new SKColor(0x55, 0x55, 0x55));
            using var dashes = SKPathEffect.CreateDash([3f, 2f], 0);
            dashed.PathEffect = dashes;
            foreach (var segment in layout.MedianLines)
                canvas.DrawLine(segment.From, segment.To, dashed);
        }

        foreach (var curve in layout.Curves)
        {
            using var line = FigureStyle.RulePaint(CurveWidth, curve.Color);
            line.StrokeJoin = SKStrokeJoin.Miter;
            using var path = new SKPath();
            path.AddPoly([.. curve.Steps], close: false);
            canvas.DrawPath(path, line);

            using var mark = FigureStyle.RulePaint(0.8f, curve.Color);
            float h = KaplanMeierLayout.CurveShape.CensorHalfHeight;
            foreach (var m in curve.CensorMarks)
                canvas.DrawLine(m.X, m.Y - h, m.X, m.Y + h, mark);
        }

        // Axes: left and bottom only, ticks outside.
        using (var rule = FigureStyle.RulePaint())
        {
            float half = FigureStyle.RuleWidth / 2;
            canvas.DrawLine(plot.Left, plot.Top - half, plot.Left, plot.Bottom + half, rule);
            canvas.DrawLine(plot.Left - half, plot.Bottom, plot.Right + half, plot.Bottom, rule);
            foreach (var tick in layout.XTicks)
            {
                canvas.DrawLine(tick.Position, plot.Bottom, tick.Position, plot.Bottom + FigureStyle.TickLength, rule);
                tick.Label.Draw(canvas);
            }

            foreach (var tick in layout.YTicks)
            {
                canvas.DrawLine(plot.Left, tick.Position, plot.Left - FigureStyle.TickLength, tick.Position, rule);
                tick.Label.Draw(canvas);
            }
        }

        layout.XTitle.Draw(canvas);
        canvas.Save();
        canvas.RotateDegrees(-90);
        layout.YTitle.Draw(canvas);
        canvas.Restore();

        if (layout.Legend is { } legend)
        {
            foreach (var entry in legend.Entries)
            {
                using var key = FigureStyle.RulePaint(CurveWidth, entry.Color);
                canvas.DrawLine(entry.KeyStart, entry.KeyEnd, key);
            }

            foreach (var text in legend.Texts)
                text.Draw(canvas);
        }

        layout.PValue?.Draw(canvas);

        var table = layout.RiskTable;
        table.Title?.Draw(canvas);
        foreach (var line in table.Lines)
        {
            foreach (var text in line.Label)
                text.Draw(canvas);
            foreach (var cell in line.Cells)
                cell.Draw(canvas);
        }
    }
}
