using System.Globalization;
using HccReport.Results;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// Where everything of a Kaplan-Meier figure goes, in points, computed from the result alone and drawn by
/// <see cref="KaplanMeierFigure"/>. Kept apart from drawing so tests can check the geometry: the
/// number-at-risk columns sit exactly under the x-axis ticks, labels stay clear of curves and of each other.
/// </summary>
/// <remarks>
/// The x-axis runs from 0 to the last risk-table time and its ticks are the risk-table times, so every
/// column of the table belongs to a tick. Curves are cut at the last tick. The y-axis runs from 0 to 1
/// (labelled 0-100 with <see cref="KaplanMeierDisplay.Percent"/>). The legend and the P value go inside the
/// plot where no curve, band, censor mark or median line passes, and above it when no such place exists.
/// </remarks>
internal sealed class KaplanMeierLayout
{
    /// <summary>Natural width: 16 cm, a journal's one-and-a-half column.</summary>
    public const float Width = 453.5f;

    /// <summary>Height of the plotting area; the figure is about 12 cm tall with two groups.</summary>
    public const float PlotHeight = 230f;

    private const float LegendKeyLength = 16f;
    private const float LegendKeyGap = 4f;
    private const float PlacementInset = 6f;
    private const float PlacementStep = 3f;
    private const float ObstacleClearance = 3f;
    private const float ColumnGap = 3f;
    private const float SubRowIndent = 6f;

    private static readonly string[] CumulativeRowNames = ["At risk", "Censored", "Events"];

    private KaplanMeierLayout()
    {
    }

    /// <summary>Natural size of the figure.</summary>
    public SKSize Size { get; private init; }

    /// <summary>The plotting area: x from 0 to <see cref="XMax"/>, y from 0 (bottom) to 1 (top).</summary>
    public SKRect PlotArea { get; private init; }

    /// <summary>Right end of the x-axis: the last risk-table time.</summary>
    public double XMax { get; private init; }

    /// <summary>x-axis ticks: the risk-table times.</summary>
    public required IReadOnlyList<AxisTick> XTicks { get; init; }

    /// <summary>y-axis ticks at 0, 0.2, ..., 1.</summary>
    public required IReadOnlyList<AxisTick> YTicks { get; init; }

    /// <summary>Title under the x-axis.</summary>
    public required PlacedText XTitle { get; init; }

    /// <summary>Title of the y-axis in a frame rotated 90 degrees anticlockwise: X is minus the page y, Baseline the page x.</summary>
    public required PlacedText YTitle { get; init; }

    /// <summary>The y-axis title's box on the page (the rotated text's ascent-to-descent box turned upright).</summary>
    public SKRect YTitleBounds
    {
        get
        {
            var b = YTitle.Bounds;
            return new SKRect(b.Top, -b.Right, b.Bottom, -b.Left);
        }
    }

    /// <summary>One shape per curve, in level order.</summary>
    public required IReadOnlyList<CurveShape> Curves { get; init; }

    /// <summary>Dashed lines from the y-axis at 0.5 to each median and down to the x-axis; empty unless asked for.</summary>
    public required IReadOnlyList<Segment> MedianLines { get; init; }

    /// <summary>The legend, or null with a single curve.</summary>
    public LegendLayout? Legend { get; init; }

    /// <summary>The test's P value ("Log-rank P = 0.003"), or null without a test.</summary>
    public PlacedText? PValue { get; init; }

    /// <summary>The number-at-risk table.</summary>
    public required RiskTableLayout RiskTable { get; init; }

    /// <summary>Maps a time to its x position.</summary>
    public float MapX(double time) => MapX(time, PlotArea, XMax);

    /// <summary>Maps a survival probability to its y position.</summary>
    public float MapY(double survival) => MapY(survival, PlotArea);

    /// <summary>Lays out <paramref name="result"/> with <paramref name="options"/>.</summary>
    public static KaplanMeierLayout Create(KaplanMeierResult result, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);

        var times = result.RiskTable.Times;
        double xMax = times.Count > 0 && times[^1] > 0
            ? times[^1]
            : result.Groups.SelectMany(g => g.Curve.Time).DefaultIfEmpty(1).Max();
        if (xMax <= 0)
            xMax = 1;
        var tickTimes = times.Count > 0 ? times : [0, xMax];

        var display = result.Display;
        var xLabels = tickTimes.Select(t => t.ToString("0.##", CultureInfo.InvariantCulture)).ToArray();
        double[] yValues = [0, 0.2, 0.4, 0.6, 0.8, 1.0];
        var yLabels = yValues
            .Select(v => display.Percent
                ? (v * 100).ToString("0", CultureInfo.InvariantCulture)
                : v.ToString("0.0", CultureInfo.InvariantCulture))
            .ToArray();

        var table = TableContent(result, options);

        // Text sizes: 8 pt unless the ticks are too close for the widest number; then shrink to fit.
        var tickStyle = FigureStyle.Body;
        var tableStyle = FigureStyle.Body;
        var plotArea = HorizontalExtent(tickStyle, tableStyle, xLabels, yLabels, table);
        for (int pass = 0; pass < 2; pass++)
        {
            float spacing = MinimumSpacing(tickTimes, plotArea, xMax);
            tickStyle = FitToSpacing(FigureStyle.Body, xLabels, spacing);
            tableStyle = FitToSpacing(FigureStyle.Body, table.SelectMany(r => r.Cells), spacing);
            plotArea = HorizontalExtent(tickStyle, tableStyle, xLabels, yLabels, table);
        }

        // Curves and obstacles in a frame whose plot top is 0; shifted once the space above is known.
        var frame = new SKRect(plotArea.Left, 0, plotArea.Right, PlotHeight);
        var curves = result.Groups.Select((g, i) => CurveShape.Create(g.Curve, options.ColorOf(i), frame, xMax, display.ConfidenceBands)).ToList();
        var medians = display.MedianLines ? MedianSegments(result.Groups, frame, xMax) : [];
        var obstacles = curves.SelectMany(c => c.Obstacles()).Concat(medians.Select(m => m.Bounds)).ToList();

        // Legend and P value inside the plot where free, else in a strip above it.
        var legendBlock = result.Groups.Count > 1 ? InsideLegend(result, options, plotArea.Width * 0.6f) : null;
        var pText = PValueText(result.Logrank, options);
        var pBlock = pText is null ? null : new PlacedText(pText, 0, FigureStyle.Body.CapHeight, FigureStyle.Body);
        var pSize = pBlock is null ? SKSize.Empty : new SKSize(pBlock.Width, pBlock.Bounds.Bottom);

        SKPoint? legendAt = legendBlock is null ? null : Place(legendBlock.Box.Size, frame, obstacles, Anchor.TopRight);
        if (legendAt is SKPoint la && legendBlock is not null)
            obstacles.Add(SKRect.Create(la, legendBlock.Box.Size));
        SKPoint? pAt = pBlock is null ? null : Place(pSize, frame, obstacles, Anchor.BottomLeft);

        // Strip above the plot for whatever did not fit inside.
        float top = FigureStyle.Margin;
        LegendLayout? legend = null;
        PlacedText? pValue = null;
        if (legendBlock is not null && legendAt is null)
        {
            var strip = StripLegend(result, options, plotArea, top);
            legend = strip;
            top = strip.Box.Bottom + 6f;
        }

        if (pBlock is not null && pAt is null)
        {
            pValue = pBlock with { X = plotArea.Left, Baseline = top + pBlock.Baseline };
            top = pValue.Bounds.Bottom + 6f;
        }

        float plotTop = Math.Max(top, FigureStyle.Margin + FigureStyle.Body.CapHeight / 2);
        plotArea = new SKRect(plotArea.Left, plotTop, plotArea.Right, plotTop + PlotHeight);
        if (legendBlock is not null && legendAt is SKPoint l)
            legend = legendBlock.MovedBy(l.X, l.Y + plotTop);
        if (pBlock is not null && pAt is SKPoint p)
            pValue = pBlock with { X = p.X, Baseline = p.Y + plotTop + pBlock.Baseline };

        curves = curves.Select(c => c.Offset(plotTop)).ToList();
        medians = medians.Select(m => m.Offset(plotTop)).ToList();

        // Axes.
        var xTicks = tickTimes.Select((t, i) => new AxisTick(t, MapX(t, plotArea, xMax),
            new PlacedText(xLabels[i], MapX(t, plotArea, xMax), plotArea.Bottom + FigureStyle.TickLength + FigureStyle.TickLabelGap + tickStyle.CapHeight, tickStyle, SKTextAlign.Center))).ToList();
        var yTicks = yValues.Select((v, i) => new AxisTick(v, MapY(v, plotArea),
            new PlacedText(yLabels[i], plotArea.Left - FigureStyle.TickLength - FigureStyle.TickLabelGap, MapY(v, plotArea) + tickStyle.CapHeight / 2, tickStyle, SKTextAlign.Right))).ToList();

        // Axis titles shrink (not wrap) when longer than their axis.
        var xTitleText = XTitleText(result, options);
        var yTitleText = YTitleText(result);
        var xTitleStyle = FitToLength(FigureStyle.AxisTitle, xTitleText, plotArea.Width);
        var yTitleStyle = FitToLength(FigureStyle.AxisTitle, yTitleText, plotArea.Height);
        float xTitleBaseline = xTicks[0].Label.Baseline + tickStyle.Descent + 5f + xTitleStyle.CapHeight;
        var xTitle = new PlacedText(xTitleText, (plotArea.Left + plotArea.Right) / 2, xTitleBaseline, xTitleStyle, SKTextAlign.Center);
        float yTickLabelLeft = yTicks.Min(t => t.Label.Left);
        var yTitle = new PlacedText(yTitleText, -(plotArea.Top + plotArea.Bottom) / 2, yTickLabelLeft - 5f - yTitleStyle.Descent, yTitleStyle, SKTextAlign.Center);

        var riskTable = TableLayout(table, xTicks.Select(t => t.Position).ToList(), tableStyle, display, xTitleBaseline + xTitleStyle.Descent + 10f);
        float bottom = riskTable.Bottom + FigureStyle.Margin;

        return new KaplanMeierLayout
        {
            Size = new SKSize(Width, (float)Math.Ceiling(bottom)),
            PlotArea = plotArea,
            XMax = xMax,
            XTicks = xTicks,
            YTicks = yTicks,
            XTitle = xTitle,
            YTitle = yTitle,
            Curves = curves,
            MedianLines = medians,
            Legend = legend,
            PValue = pValue,
            RiskTable = riskTable,
        };
    }

    private static float MapX(double time, SKRect plot, double xMax) => plot.Left + (float)(time / xMax) * plot.Width;

    private static float MapY(double survival, SKRect plot) => plot.Bottom - (float)survival * plot.Height;

    /// <summary>The plotting area's left and right edges (top and bottom are placeholders).</summary>
    private static SKRect HorizontalExtent(TextStyle tickStyle, TextStyle tableStyle, string[] xLabels, string[] yLabels,
        IReadOnlyList<TableRowContent> table)
    {
        float yAxisNeeds = FigureStyle.Margin + FigureStyle.AxisTitle.LineHeight + 4f
            + yLabels.Max(tickStyle.Width) + FigureStyle.TickLabelGap + FigureStyle.TickLength;
        float labelColumn = table.Select(r => r.LabelWidth(tableStyle)).DefaultIfEmpty(0).Max();
        float firstNumber = table.Select(r => r.Cells.Count > 0 ? tableStyle.Width(r.Cells[0]) : 0).DefaultIfEmpty(0).Max();
        float tableNeeds = FigureStyle.Margin + labelColumn + 8f + firstNumber / 2;
        float left = Math.Max(yAxisNeeds, tableNeeds);

        float lastLabel = Math.Max(tickStyle.Width(xLabels[^1]),
            table.Select(r => r.Cells.Count > 0 ? tableStyle.Width(r.Cells[^1]) : 0).DefaultIfEmpty(0).Max());
        float right = Width - FigureStyle.Margin - Math.Max(lastLabel / 2, 2f);
        return new SKRect(left, 0, right, PlotHeight);
    }

    private static float MinimumSpacing(IReadOnlyList<double> times, SKRect plot, double xMax)
    {
        float spacing = float.MaxValue;
        for (int i = 1; i < times.Count; i++)
            spacing = Math.Min(spacing, MapX(times[i], plot, xMax) - MapX(times[i - 1], plot, xMax));
        return spacing;
    }

    /// <summary>The style shrunk so the widest of <paramref name="texts"/> leaves a gap to its neighbour at <paramref name="spacing"/>.</summary>
    private static TextStyle FitToSpacing(TextStyle style, IEnumerable<string> texts, float spacing)
    {
        float widest = texts.Select(style.Width).DefaultIfEmpty(0).Max();
        if (widest + ColumnGap <= spacing || widest <= 0)
            return style;
        return style.WithSize(Math.Max(FigureStyle.MinimumTextSize, style.Size * (spacing - ColumnGap) / widest));
    }

    private static TextStyle FitToLength(TextStyle style, string text, float length)
    {
        float width = style.Width(text);
        return width <= length ? style : style.WithSize(Math.Max(FigureStyle.MinimumTextSize, style.Size * length / width));
    }

    private static string XTitleText(KaplanMeierResult result, FigureOptions options)
    {
        var origin = result.TimeOrigin?.Trim();
        string title = string.IsNullOrEmpty(origin) ? "Time"
            : origin.StartsWith("time", StringComparison.OrdinalIgnoreCase) ? origin
            : "Time " + origin;
        return string.IsNullOrWhiteSpace(options.TimeUnit) ? title : $"{title} ({options.TimeUnit})";
    }

    private static string YTitleText(KaplanMeierResult result) =>
        result.Display.Percent ? result.EndpointLabel + " (%)" : result.EndpointLabel;

    private static string? PValueText(LogRankResult? test, FigureOptions options)
    {
        if (test?.P is not { } p || !double.IsFinite(p))
            return null;
        string method = test.Method switch
        {
            "log-rank" => "Log-rank",
            "peto-peto" => "Peto-Peto",
            "fleming-harrington" => "Fleming-Harrington",
            _ => test.Method,
        };
        if (test.Strata is not null)
            method = "Stratified " + method.ToLowerInvariant();
        return method + " " + options.FormatPStatement(p);
    }

    private static IReadOnlyList<TableRowContent> TableContent(KaplanMeierResult result, FigureOptions options)
    {
        var rows = new List<TableRowContent>();
        var groups = result.RiskTable.Groups;
        for (int g = 0; g < groups.Count; g++)
        {
            var row = groups[g];
            var color = options.ColorOf(IndexOfLevel(result, row.Level, g));
            if (result.Display.CumulativeCounts)
            {
                rows.Add(new TableRowContent(row.Level, color, Header: true, Indent: false, []));
                rows.Add(new TableRowContent(CumulativeRowNames[0], SKColors.Black, false, true, row.NRisk.Select(options.FormatCount).ToList()));
                rows.Add(new TableRowContent(CumulativeRowNames[1], SKColors.Black, false, true, row.CumulativeCensored.Select(options.FormatCount).ToList()));
                rows.Add(new TableRowContent(CumulativeRowNames[2], SKColors.Black, false, true, row.CumulativeEvents.Select(options.FormatCount).ToList()));
            }
            else
            {
                rows.Add(new TableRowContent(row.Level, color, Header: true, Indent: false, row.NRisk.Select(options.FormatCount).ToList()));
            }
        }

        return rows;
    }

    /// <summary>A risk-table row's colour follows its curve, found by level (falling back to position).</summary>
    private static int IndexOfLevel(KaplanMeierResult result, string level, int fallback)
    {
        for (int i = 0; i < result.Groups.Count; i++)
        {
            if (result.Groups[i].Level == level)
                return i;
        }

        return fallback;
    }

    private static RiskTableLayout TableLayout(IReadOnlyList<TableRowContent> rows, IReadOnlyList<float> columns,
        TextStyle style, KaplanMeierDisplay display, float top)
    {
        var bold = style with { Bold = true };
        float rowHeight = style.LineHeight * 1.08f;
        float baseline = top + style.CapHeight;
        PlacedText? title = null;
        if (!display.CumulativeCounts)
        {
            title = new PlacedText("Number at risk", FigureStyle.Margin, baseline, bold);
            baseline += rowHeight;
        }

        float labelMax = Width * 0.28f;
        var lines = new List<RiskTableLine>();
        foreach (var row in rows)
        {
            if (display.CumulativeCounts && row.Header && lines.Count > 0)
                baseline += rowHeight * 0.35f;
            var labelStyle = (row.Header ? bold : style) with { Color = row.Color };
            float x = FigureStyle.Margin + (row.Indent ? SubRowIndent : 0);
            var labelLines = TextWrap.Lines(row.Label, labelStyle, labelMax)
                .Select((text, i) => new PlacedText(text, x, baseline + i * style.LineHeight, labelStyle))
                .ToList();
            var cells = row.Cells
                .Select((text, i) => new PlacedText(text, columns[Math.Min(i, columns.Count - 1)], baseline, style, SKTextAlign.Center))
                .Take(columns.Count)
                .ToList();
            lines.Add(new RiskTableLine(labelLines, cells));
            baseline += rowHeight + (labelLines.Count - 1) * style.LineHeight;
        }

        return new RiskTableLayout(title, columns, lines, baseline - rowHeight + style.Descent);
    }

    private static IReadOnlyList<Segment> MedianSegments(IReadOnlyList<KaplanMeierGroup> groups, SKRect plot, double xMax)
    {
        var medians = groups.Where(g => g.Median is double m && m <= xMax).Select(g => g.Median!.Value).ToList();
        if (medians.Count == 0)
            return [];
        float y = MapY(0.5, plot);
        var segments = new List<Segment> { new(new SKPoint(plot.Left, y), new SKPoint(MapX(medians.Max(), plot, xMax), y)) };
        segments.AddRange(medians.Select(m => new Segment(new SKPoint(MapX(m, plot, xMax), y), new SKPoint(MapX(m, plot, xMax), plot.Bottom))));
        return segments;
    }

    /// <summary>The legend as a column, its box's top-left corner at the origin, for placing inside the plot.</summary>
    private static LegendLayout InsideLegend(KaplanMeierResult result, FigureOptions options, float maxWidth)
    {
        var style = FigureStyle.Body;
        var title = new List<PlacedText>();
        var entries = new List<LegendEntry>();
        float baseline = style.CapHeight;
        float textX = LegendKeyLength + LegendKeyGap;
        if (!string.IsNullOrWhiteSpace(result.Display.LegendTitle))
        {
            foreach (var text in TextWrap.Lines(result.Display.LegendTitle, FigureStyle.BodyBold, maxWidth))
            {
                title.Add(new PlacedText(text, 0, baseline, FigureStyle.BodyBold));
                baseline += style.LineHeight;
            }
        }

        for (int i = 0; i < result.Groups.Count; i++)
        {
            var group = result.Groups[i];
            float keyY = baseline - style.CapHeight / 2;
            var lines = new List<PlacedText>();
            foreach (var text in TextWrap.Lines($"{group.Level} ({options.CountPhrase(group.N)})", style, maxWidth - textX))
            {
                lines.Add(new PlacedText(text, textX, baseline, style));
                baseline += style.LineHeight;
            }

            entries.Add(new LegendEntry(options.ColorOf(i), new SKPoint(0, keyY), new SKPoint(LegendKeyLength, keyY), lines));
        }

        var all = title.Concat(entries.SelectMany(e => e.Lines)).ToList();
        var box = new SKRect(0, 0, all.Max(l => l.Bounds.Right), all.Max(l => l.Bounds.Bottom));
        return new LegendLayout(box, title, entries, InsidePlot: true);
    }

    /// <summary>The legend laid out in rows above the plot, used when no corner inside it is free.</summary>
    private static LegendLayout StripLegend(KaplanMeierResult result, FigureOptions options, SKRect plot, float top)
    {
        var style = FigureStyle.Body;
        var lines = new List<PlacedText>();
        var entries = new List<LegendEntry>();
        float x = plot.Left;
        float baseline = top + style.CapHeight;
        if (!string.IsNullOrWhiteSpace(result.Display.LegendTitle))
        {
            var title = new PlacedText(result.Display.LegendTitle + ":", x, baseline, FigureStyle.BodyBold);
            lines.Add(title);
            x += title.Width + 8f;
        }

        for (int i = 0; i < result.Groups.Count; i++)
        {
            var group = result.Groups[i];
            var text = $"{group.Level} ({options.CountPhrase(group.N)})";
            float itemWidth = LegendKeyLength + LegendKeyGap + style.Width(text);
            if (x > plot.Left && x + itemWidth > plot.Right)
            {
                x = plot.Left;
                baseline += style.LineHeight;
            }

            float keyY = baseline - style.CapHeight / 2;
            var label = new PlacedText(text, x + LegendKeyLength + LegendKeyGap, baseline, style);
            entries.Add(new LegendEntry(options.ColorOf(i), new SKPoint(x, keyY), new SKPoint(x + LegendKeyLength, keyY), [label]));
            x += itemWidth + 12f;
        }

        var box = new SKRect(plot.Left, top, plot.Right, baseline + style.Descent);
        return new LegendLayout(box, lines, entries, InsidePlot: false);
    }

    /// <summary>
    /// The free position (top-left corner of a block of <paramref name="size"/>) nearest the
    /// <paramref name="anchor"/> corner of the plot, or null. Candidates lie in bands along the top and bottom
    /// edges (within a quarter of the plot height), so text never floats in the middle between curves.
    /// </summary>
    private static SKPoint? Place(SKSize size, SKRect plot, IReadOnlyList<SKRect> obstacles, Anchor anchor)
    {
        float minX = plot.Left + PlacementInset + 2f;
        float maxX = plot.Right - PlacementInset - size.Width;
        float minY = plot.Top + PlacementInset;
        float maxY = plot.Bottom - PlacementInset - size.Height;
        if (maxX < minX || maxY < minY)
            return null;

        float band = plot.Height / 4;
        var candidates = new List<(float Score, SKPoint At)>();
        for (float x = minX; x <= maxX + 0.01f; x += PlacementStep)
        {
            for (float y = minY; y <= maxY + 0.01f; y += PlacementStep)
            {
                if (y - minY > band && maxY - y > band)
                    continue;
                float dx = anchor is Anchor.TopRight or Anchor.BottomRight ? maxX - x : x - minX;
                float dy = anchor is Anchor.TopRight ? y - minY : maxY - y;
                candidates.Add((dx + 2 * dy, new SKPoint(Math.Min(x, maxX), Math.Min(y, maxY))));
            }
        }

        foreach (var (_, at) in candidates.OrderBy(c => c.Score).ThenBy(c => c.At.X).ThenBy(c => c.At.Y))
        {
            var box = SKRect.Create(at, size);
            box.Inflate(ObstacleClearance, ObstacleClearance);
            if (!obstacles.Any(o => o.IntersectsWith(box)))
                return at;
        }

        return null;
    }

    /// <summary>The corner of the plot a block prefers.</summary>
    private enum Anchor
    {
        TopRight,
        BottomRight,
        BottomLeft,
    }

    /// <summary>A risk-table row before layout: label, its colour, and the cells in column order.</summary>
    private sealed record TableRowContent(string Label, SKColor Color, bool Header, bool Indent, IReadOnlyList<string> Cells)
    {
        public float LabelWidth(TextStyle style)
        {
            var labelStyle = Header ? style with { Bold = true } : style;
            float width = TextWrap.Widest(TextWrap.Lines(Label, labelStyle, Width * 0.28f), labelStyle);
            return width + (Indent ? SubRowIndent : 0);
        }
    }

    /// <summary>A straight line from one point to another.</summary>
    public sealed record Segment(SKPoint From, SKPoint To)
    {
        public SKRect Bounds => new(Math.Min(From.X, To.X), Math.Min(From.Y, To.Y), Math.Max(From.X, To.X), Math.Max(From.Y, To.Y));

        public Segment Offset(float dy) => new(new SKPoint(From.X, From.Y + dy), new SKPoint(To.X, To.Y + dy));
    }

    /// <summary>The legend: optional title lines, then one entry per curve with its line key.</summary>
    public sealed record LegendLayout(SKRect Box, IReadOnlyList<PlacedText> Title, IReadOnlyList<LegendEntry> Entries, bool InsidePlot)
    {
        /// <summary>Every text line of the legend.</summary>
        public IEnumerable<PlacedText> Texts => Title.Concat(Entries.SelectMany(e => e.Lines));

        public LegendLayout MovedBy(float dx, float dy) => this with
        {
            Box = new SKRect(Box.Left + dx, Box.Top + dy, Box.Right + dx, Box.Bottom + dy),
            Title = Title.Select(t => t.MovedBy(dx, dy)).ToList(),
            Entries = Entries.Select(e => new LegendEntry(e.Color, new SKPoint(e.KeyStart.X + dx, e.KeyStart.Y + dy),
                new SKPoint(e.KeyEnd.X + dx, e.KeyEnd.Y + dy), e.Lines.Select(t => t.MovedBy(dx, dy)).ToList())).ToList(),
        };
    }

    /// <summary>One legend entry: the key line and its wrapped label.</summary>
    public sealed record LegendEntry(SKColor Color, SKPoint KeyStart, SKPoint KeyEnd, IReadOnlyList<PlacedText> Lines);

    /// <summary>The table under the plot: its column positions (the x-axis ticks) and its lines.</summary>
    public sealed record RiskTableLayout(PlacedText? Title, IReadOnlyList<float> ColumnX, IReadOnlyList<RiskTableLine> Lines, float Bottom);

    /// <summary>One line of the table: its label lines and one centred cell per column.</summary>
    public sealed record RiskTableLine(IReadOnlyList<PlacedText> Label, IReadOnlyList<PlacedText> Cells);

    /// <summary>
    /// One curve in points: the step polyline, the censor marks, and the confidence band polygons (one per
    /// run of times where both limits exist).
    /// </summary>
    public sealed record CurveShape(SKColor Color, IReadOnlyList<SKPoint> Steps, IReadOnlyList<SKPoint> CensorMarks, IReadOnlyList<IReadOnlyList<SKPoint>> Bands)
    {
        /// <summary>Half the height of a censor mark.</summary>
        public const float CensorHalfHeight = 2.5f;

        public static CurveShape Create(SurvivalCurve curve, SKColor color, SKRect plot, double xMax, bool bands)
        {
            var steps = new List<SKPoint> { new(MapX(0, plot, xMax), MapY(1, plot)) };
            var censored = new List<SKPoint>();
            double survival = 1;
            bool cut = false;
            for (int i = 0; i < curve.Time.Count; i++)
            {
                double t = curve.Time[i];
                if (t > xMax)
                {
                    cut = true;
                    break;
                }

                float x = MapX(Math.Max(t, 0), plot, xMax);
                steps.Add(new SKPoint(x, MapY(survival, plot)));
                survival = curve.Survival[i];
                steps.Add(new SKPoint(x, MapY(survival, plot)));
                if (curve.NCensor[i] > 0)
                    censored.Add(new SKPoint(x, MapY(survival, plot)));
            }

            if (cut)
                steps.Add(new SKPoint(MapX(xMax, plot, xMax), MapY(survival, plot)));

            return new CurveShape(color, Simplify(steps), censored, bands ? BandPolygons(curve, plot, xMax) : []);
        }

        public CurveShape Offset(float dy) => this with
        {
            Steps = Steps.Select(p => new SKPoint(p.X, p.Y + dy)).ToList(),
            CensorMarks = CensorMarks.Select(p => new SKPoint(p.X, p.Y + dy)).ToList(),
            Bands = Bands.Select(b => (IReadOnlyList<SKPoint>)b.Select(p => new SKPoint(p.X, p.Y + dy)).ToList()).ToList(),
        };

        /// <summary>Rectangles covering every segment, mark and band, for placing text clear of them.</summary>
        public IEnumerable<SKRect> Obstacles()
        {
            for (int i = 1; i < Steps.Count; i++)
            {
                var a = Steps[i - 1];
                var b = Steps[i];
                var r = new SKRect(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
                r.Inflate(1f, 1f);
                yield return r;
            }

            foreach (var m in CensorMarks)
                yield return new SKRect(m.X - 1, m.Y - CensorHalfHeight, m.X + 1, m.Y + CensorHalfHeight);

            foreach (var band in Bands)
            {
                // Consecutive upper and lower points of one interval bound a rectangle.
                int half = band.Count / 2;
                for (int i = 0; i + 1 < half; i += 2)
                {
                    var upperLeft = band[i];
                    var upperRight = band[i + 1];
                    var lowerLeft = band[band.Count - 1 - i];
                    yield return new SKRect(upperLeft.X, upperLeft.Y, upperRight.X, lowerLeft.Y);
                }
            }
        }

        /// <summary>Drops repeated points (a censoring-only time adds no corner).</summary>
        private static List<SKPoint> Simplify(List<SKPoint> points)
        {
            var result = new List<SKPoint>(points.Count);
            foreach (var p in points)
            {
                if (result.Count > 0 && result[^1] == p)
                    continue;

                // Three points on one horizontal or vertical line: keep the ends only.
                if (result.Count >= 2)
                {
                    var a = result[^2];
                    var b = result[^1];
                    if ((a.Y == b.Y && b.Y == p.Y) || (a.X == b.X && b.X == p.X))
                    {
                        result[^1] = p;
                        continue;
                    }
                }

                result.Add(p);
            }

            return result;
        }

        /// <summary>
        /// The band between the limits as step polygons: interval i spans from time i to time i + 1 (cut at
        /// the axis end) with the limits at time i. A limit that does not exist ends the polygon.
        /// </summary>
        private static IReadOnlyList<IReadOnlyList<SKPoint>> BandPolygons(SurvivalCurve curve, SKRect plot, double xMax)
        {
            var polygons = new List<IReadOnlyList<SKPoint>>();
            var upper = new List<SKPoint>();
            var lower = new List<SKPoint>();

            void Close()
            {
                if (upper.Count > 0)
                {
                    lower.Reverse();
                    polygons.Add([.. upper, .. lower]);
                }

                upper = [];
                lower = [];
            }

            for (int i = 0; i + 1 < curve.Time.Count && curve.Time[i] < xMax; i++)
            {
                if (curve.Lower[i] is not double lo || curve.Upper[i] is not double hi)
                {
                    Close();
                    continue;
                }

                float x0 = MapX(Math.Max(curve.Time[i], 0), plot, xMax);
                float x1 = MapX(Math.Min(curve.Time[i + 1], xMax), plot, xMax);
                upper.Add(new SKPoint(x0, MapY(hi, plot)));
                upper.Add(new SKPoint(x1, MapY(hi, plot)));
                lower.Add(new SKPoint(x0, MapY(lo, plot)));
                lower.Add(new SKPoint(x1, MapY(lo, plot)));
            }

            Close();
            return polygons;
        }
    }
}
