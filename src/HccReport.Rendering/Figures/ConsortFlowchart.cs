using HccReport.Results;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// A CONSORT-style flowchart of the cohort: screened, excluded (each reason with its n), included, the
/// split into groups, and each further step per group (subsets with the rows not meeting them, splits into
/// levels). Laid out automatically from the <see cref="CohortFlow"/>; boxes are sized to their wrapped text.
/// </summary>
/// <remarks>Drawn with Skia directly; R users draw the same with <c>consort::consort_plot</c>.</remarks>
public sealed class ConsortFlowchart : IFigure
{
    private const float ArrowLength = 5f;
    private const float ArrowHalfWidth = 2.6f;

    /// <summary>Lays out the flowchart of <paramref name="flow"/>.</summary>
    /// <param name="flow">The cohort flow.</param>
    /// <param name="options">Suppression of small counts.</param>
    /// <param name="name">File stem; default <c>flowchart</c>.</param>
    public ConsortFlowchart(CohortFlow flow, FigureOptions options, string name = "flowchart")
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Flow = flow;
        Options = options;
        Name = name;
        Layout = FlowchartLayout.Create(flow, options);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public SKSize Size => Layout.Size;

    /// <summary>The flow drawn.</summary>
    public CohortFlow Flow { get; }

    /// <summary>The options it was drawn with.</summary>
    public FigureOptions Options { get; }

    /// <summary>The computed geometry.</summary>
    internal FlowchartLayout Layout { get; }

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
        using var line = FigureStyle.RulePaint();
        using var head = FigureStyle.FillPaint(SKColors.Black);
        foreach (var connector in Layout.Connectors)
        {
            var points = connector.Points.ToArray();
            if (connector.ArrowAtEnd)
            {
                // Stop the line at the arrowhead's base so its end does not show through the tip.
                var tip = points[^1];
                var from = points[^2];
                var direction = new SKPoint(tip.X - from.X, tip.Y - from.Y);
                float length = direction.Length;
                var unit = new SKPoint(direction.X / length, direction.Y / length);
                var normal = new SKPoint(-unit.Y, unit.X);
                var baseCentre = new SKPoint(tip.X - unit.X * ArrowLength, tip.Y - unit.Y * ArrowLength);
                points[^1] = baseCentre;
                using var arrow = new SKPath();
                arrow.AddPoly(
                [
                    tip,
                    new SKPoint(baseCentre.X + normal.X * ArrowHalfWidth, baseCentre.Y + normal.Y * ArrowHalfWidth),
                    new SKPoint(baseCentre.X - normal.X * ArrowHalfWidth, baseCentre.Y - normal.Y * ArrowHalfWidth),
                ]);
                canvas.DrawPath(arrow, head);
            }

            using var path = new SKPath();
            path.AddPoly(points, close: false);
            canvas.DrawPath(path, line);
        }

        using var fill = FigureStyle.FillPaint(SKColors.White);
        foreach (var box in Layout.Boxes)
        {
            if (box.Bordered)
            {
                canvas.DrawRect(box.Rect, fill);
                canvas.DrawRect(box.Rect, line);
            }

            foreach (var text in box.Lines)
                text.Draw(canvas);
        }
    }
}
