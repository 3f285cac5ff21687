using System.Globalization;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// Where everything of a forest plot goes, in points: text columns (label | n | events | plot | ratio with
/// interval | P) whose rows line up with the markers, and a log-scaled axis with a line at 1.
/// </summary>
/// <remarks>
/// The axis covers the ratios, 1 and (within limits, see <see cref="LogAxis"/>) their intervals; a limit
/// beyond the axis ends in an arrow, and a ratio that is missing, infinite or not positive is printed as
/// "not estimable" and not drawn, so it can never stretch or break the axis.
/// </remarks>
internal sealed class ForestLayout
{
    /// <summary>Natural width: 16 cm.</summary>
    public const float NaturalWidth = 453.5f;

    private const float ColumnGap = 10f;
    private const float IndentStep = 9f;
    private const float MinimumPanelWidth = 110f;
    private const float MinimumLabelWidth = 70f;
    private const double AxisFloor = 0.01;
    private const double AxisCeiling = 100;

    /// <summary>How far beyond the outermost ratio an interval may stretch the axis.</summary>
    private const double LimitReach = 4;

    private ForestLayout()
    {
    }

    /// <summary>Natural size.</summary>
    public SKSize Size { get; private init; }

    /// <summary>The plotting panel: the x range of the axis and the y range of the rows.</summary>
    public SKRect Panel { get; private init; }

    /// <summary>Lower end of the axis (a ratio).</summary>
    public double AxisMin { get; private init; }

    /// <summary>Upper end of the axis (a ratio).</summary>
    public double AxisMax { get; private init; }

    /// <summary>y of the axis line.</summary>
    public float AxisY { get; private init; }

    /// <summary>y of the rule under the column headers.</summary>
    public float HeaderRuleY { get; private init; }

    /// <summary>Left and right end of the header rule.</summary>
    public (float Left, float Right) RuleExtent { get; private init; }

    /// <summary>Column headers (a header may take several lines).</summary>
    public required IReadOnlyList<PlacedText> Headers { get; init; }

    /// <summary>The rows, top to bottom.</summary>
    public required IReadOnlyList<RowLayout> Rows { get; init; }

    /// <summary>Ticks of the log axis.</summary>
    public required IReadOnlyList<AxisTick> Ticks { get; init; }

    /// <summary>Axis title.</summary>
    public required PlacedText AxisTitle { get; init; }

    /// <summary>"Favours ..." texts under the axis (zero, one or two).</summary>
    public required IReadOnlyList<PlacedText> Favours { get; init; }

    /// <summary>The note lines at the bottom.</summary>
    public required IReadOnlyList<PlacedText> Note { get; init; }

    /// <summary>x of the line at ratio 1.</summary>
    public float ReferenceX => MapX(1);

    /// <summary>Every text line of the figure.</summary>
    public IEnumerable<PlacedText> Texts =>
        Headers.Concat(Rows.SelectMany(r => r.Texts)).Concat(Ticks.Select(t => t.Label)).Append(AxisTitle).Concat(Favours).Concat(Note);

    /// <summary>Maps a ratio to x on the log axis.</summary>
    public float MapX(double ratio) => MapX(ratio, Panel, AxisMin, AxisMax);

    /// <summary>Lays out <paramref name="table"/>.</summary>
    public static ForestLayout Create(ForestTable table, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);

        var body = FigureStyle.Body;
        var bold = FigureStyle.BodyBold;
        var rows = table.Rows.Count > 0
            ? table.Rows
            : [new ForestRow { Label = "No estimates to show", Text = "" }];

        // Cell texts per column.
        var nCells = rows.Select(r => r.IsHeading || r.N is not int n ? "" : options.FormatCount(n)).ToList();
        var eventCells = rows.Select(r => r.IsHeading || r.Events is not int e ? "" : options.FormatCount(e)).ToList();
        var intervalCells = rows.Select(r => IntervalText(r, options)).ToList();
        var pCells = rows.Select(r => r.P is double p && double.IsFinite(p) ? options.FormatPValue(p) : "").ToList();
        bool showN = nCells.Any(c => c.Length > 0);
        bool showEvents = eventCells.Any(c => c.Length > 0);
        bool showP = pCells.Any(c => c.Length > 0);

        float Widest(IEnumerable<string> cells, IEnumerable<bool> bolds) =>
            cells.Zip(bolds, (c, b) => (b ? bold : body).Width(c)).DefaultIfEmpty(0).Max();
        var rowBold = rows.Select(r => r.IsHeading || r.IsSummary).ToList();

        float nWidth = showN ? Math.Max(bold.Width("n"), Widest(nCells, rowBold)) : 0;
        float eventsWidth = showEvents ? Math.Max(bold.Width("Events"), Widest(eventCells, rowBold)) : 0;
        float intervalWidth = Math.Max(bold.Width(table.IntervalHeader), Widest(intervalCells, rowBold));
        float pCellWidth = Widest(pCells, rowBold);
        float pWidth = showP ? Math.Max(pCellWidth, table.PHeader.Split(' ').Max(bold.Width)) : 0;
        var pHeaderLines = showP ? TextWrap.Lines(table.PHeader, bold, Math.Max(pWidth, pCellWidth)) : [];
        pWidth = showP ? Math.Max(pWidth, TextWrap.Widest(pHeaderLines, bold)) : 0;

        float fixedWidth = 2 * FigureStyle.Margin + nWidth + eventsWidth + intervalWidth + pWidth
            + ColumnGap * (2 + (showN ? 1 : 0) + (showEvents ? 1 : 0) + (showP ? 1 : 0));
        float naturalLabel = rows.Select((r, i) => (rowBold[i] ? bold : body).Width(r.Label) + r.Indent * IndentStep)
            .Append(bold.Width(table.LabelHeader)).Max();
        float labelWidth = Math.Min(naturalLabel, NaturalWidth * 0.36f);
        float panelWidth = NaturalWidth - fixedWidth - labelWidth;
        if (panelWidth < MinimumPanelWidth)
        {
            labelWidth = Math.Max(MinimumLabelWidth, labelWidth - (MinimumPanelWidth - panelWidth));
            panelWidth = Math.Max(MinimumPanelWidth, NaturalWidth - fixedWidth - labelWidth);
        }

        // Column x positions, left to right.
        float x = FigureStyle.Margin;
        float labelLeft = x;
        x += labelWidth + ColumnGap;
        float nRight = x + nWidth;
        if (showN)
            x += nWidth + ColumnGap;
        float eventsRight = x + eventsWidth;
        if (showEvents)
            x += eventsWidth + ColumnGap;
        float panelLeft = x;
        x += panelWidth + ColumnGap;
        float intervalLeft = x;
        x += intervalWidth + (showP ? ColumnGap : 0);
        float pRight = x + pWidth;
        float width = (float)Math.Ceiling(x + pWidth + FigureStyle.Margin);

        // Headers, bottom-aligned on one baseline.
        int headerLineCount = Math.Max(1, pHeaderLines.Count);
        float headerBaseline = FigureStyle.Margin + bold.CapHeight + (headerLineCount - 1) * bold.LineHeight;
        var headers = new List<PlacedText> { new(table.LabelHeader, labelLeft, headerBaseline, bold) };
        if (showN)
            headers.Add(new PlacedText("n", nRight, headerBaseline, bold, SKTextAlign.Right));
        if (showEvents)
            headers.Add(new PlacedText("Events", eventsRight, headerBaseline, bold, SKTextAlign.Right));
        headers.Add(new PlacedText(table.IntervalHeader, intervalLeft, headerBaseline, bold));
        for (int i = 0; i < pHeaderLines.Count; i++)
            headers.Add(new PlacedText(pHeaderLines[i], pRight, headerBaseline - (pHeaderLines.Count - 1 - i) * bold.LineHeight, bold, SKTextAlign.Right));
        float ruleY = headerBaseline + bold.Descent + 3f;

        // Rows.
        float pitch = body.Size * 1.6f;
        float top = ruleY + 3f;
        var (axisMin, axisMax, tickValues) = LogAxis(rows);
        var panelProbe = new SKRect(panelLeft, 0, panelLeft + panelWidth, 1);
        var rowLayouts = new List<RowLayout>();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var style = rowBold[i] ? bold : body;
            float indent = row.Indent * IndentStep;
            var labelLines = TextWrap.Lines(row.Label, style, labelWidth - indent);
            float height = pitch + (labelLines.Count - 1) * style.LineHeight;
            float centreY = top + pitch / 2;
            float baseline = centreY + style.CapHeight / 2;

            var texts = labelLines.Select((l, k) => new PlacedText(l, labelLeft + indent, baseline + k * style.LineHeight, style)).ToList();
            if (showN && nCells[i].Length > 0)
                texts.Add(new PlacedText(nCells[i], nRight, baseline, style, SKTextAlign.Right));
            if (showEvents && eventCells[i].Length > 0)
                texts.Add(new PlacedText(eventCells[i], eventsRight, baseline, style, SKTextAlign.Right));
            if (intervalCells[i].Length > 0)
                texts.Add(new PlacedText(intervalCells[i], intervalLeft, baseline, style));
            if (showP && pCells[i].Length > 0)
                texts.Add(new PlacedText(pCells[i], pRight, baseline, row.IsHeading ? body : style, SKTextAlign.Right));

            rowLayouts.Add(new RowLayout(new SKRect(labelLeft, top, width - FigureStyle.Margin, top + height), centreY, texts,
                Mark(row, panelProbe, axisMin, axisMax, centreY)));
            top += height;
        }

        var panel = new SKRect(panelLeft, ruleY, panelLeft + panelWidth, top + 3f);
        float axisY = panel.Bottom;
        var ticks = tickValues.Select(v => new AxisTick(v, MapX(v, panel, axisMin, axisMax),
            new PlacedText(TickLabel(v), MapX(v, panel, axisMin, axisMax), axisY + FigureStyle.TickLength + FigureStyle.TickLabelGap + body.CapHeight, body, SKTextAlign.Center))).ToList();

        float below = ticks[0].Label.Baseline + body.Descent;
        var axisTitle = new PlacedText(table.RatioName, (panel.Left + panel.Right) / 2, below + 3f + body.CapHeight, body, SKTextAlign.Center);
        below = axisTitle.Bounds.Bottom;

        var favours = FavoursTexts(table, MapX(1, panel, axisMin, axisMax), below + 3f, width);
        if (favours.Count > 0)
            below = favours.Max(f => f.Bounds.Bottom);

        var note = new List<PlacedText>();
        if (!string.IsNullOrWhiteSpace(table.Note))
        {
            float baseline = below + 6f + body.CapHeight;
            foreach (var line in TextWrap.Lines(table.Note, body, width - 2 * FigureStyle.Margin))
            {
                note.Add(new PlacedText(line, labelLeft, baseline, body));
                baseline += body.LineHeight;
            }

            below = note[^1].Bounds.Bottom;
        }

        return new ForestLayout
        {
            Size = new SKSize(width, (float)Math.Ceiling(below + FigureStyle.Margin)),
            Panel = panel,
            AxisMin = axisMin,
            AxisMax = axisMax,
            AxisY = axisY,
            HeaderRuleY = ruleY,
            RuleExtent = (labelLeft, width - FigureStyle.Margin),
            Headers = headers,
            Rows = rowLayouts,
            Ticks = ticks,
            AxisTitle = axisTitle,
            Favours = favours,
            Note = note,
        };
    }

    private static float MapX(double ratio, SKRect panel, double min, double max) =>
        panel.Left + (float)((Math.Log(ratio) - Math.Log(min)) / (Math.Log(max) - Math.Log(min))) * panel.Width;

    private static string IntervalText(ForestRow row, FigureOptions options)
    {
        if (row.IsHeading)
            return "";
        if (row.Text is not null)
            return row.Text;
        return row.IsEstimable ? options.FormatRatioInterval(row.Ratio!.Value, row.Lower, row.Upper) : "not estimable";
    }

    private static string TickLabel(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// The axis ends and ticks. The range covers the ratios and at least 0.5 to 2 (so the line at 1 is never
    /// an edge), widened to the limits but by at most a factor of <see cref="LimitReach"/> beyond the outermost
    /// ratios and never beyond [0.01, 100], so one very wide interval (a small subgroup) ends in an arrow
    /// instead of squeezing every other row. Ticks are powers of
    /// two when they span at most six doublings, else 1-2-5 steps (decades alone when those are too many).
    /// </summary>
    internal static (double Min, double Max, IReadOnlyList<double> Ticks) LogAxis(IEnumerable<ForestRow> rows)
    {
        static bool Usable(double? v) => v is double d && double.IsFinite(d) && d > 0;
        var estimable = rows.Where(r => r.IsEstimable).ToList();
        var ratios = estimable.Select(r => r.Ratio!.Value).Append(1.0).ToList();
        var limits = estimable.SelectMany(r => new[] { r.Lower, r.Upper }).Where(Usable).Select(v => v!.Value).ToList();
        double lo = Math.Min(ratios.Min(), Math.Max(limits.DefaultIfEmpty(1).Min(), ratios.Min() / LimitReach));
        double hi = Math.Max(ratios.Max(), Math.Min(limits.DefaultIfEmpty(1).Max(), ratios.Max() * LimitReach));
        lo = Math.Clamp(lo, AxisFloor, 0.5);
        hi = Math.Clamp(hi, 2, AxisCeiling);

        int kLo = (int)Math.Floor(Math.Log2(lo) + 1e-9);
        int kHi = (int)Math.Ceiling(Math.Log2(hi) - 1e-9);

        if (kHi - kLo <= 6)
        {
            var powers = Enumerable.Range(kLo, kHi - kLo + 1).Select(k => Math.Pow(2, k)).ToList();
            return (powers[0], powers[^1], powers);
        }

        int dLo = (int)Math.Floor(Math.Log10(lo) + 1e-9);
        int dHi = (int)Math.Ceiling(Math.Log10(hi) - 1e-9);
        var steps = Enumerable.Range(dLo, dHi - dLo)
            .SelectMany(d => new[] { 1.0, 2.0, 5.0 }.Select(m => m * Math.Pow(10, d)))
            .Append(Math.Pow(10, dHi))
            .ToList();
        int first = steps.FindLastIndex(v => v <= lo * (1 + 1e-9));
        int last = steps.FindIndex(v => v >= hi * (1 - 1e-9));
        steps = steps.GetRange(first, last - first + 1);
        if (steps.Count > 9)
            steps = Enumerable.Range(dLo, dHi - dLo + 1).Select(d => Math.Pow(10, d)).ToList();
        return (steps[0], steps[^1], steps);
    }

    /// <summary>The marker and interval of a row in the panel (x only matters here), or null when nothing is drawn.</summary>
    private static RowMark? Mark(ForestRow row, SKRect panel, double min, double max, float centreY)
    {
        if (row.IsHeading || !row.IsEstimable)
            return null;
        double ratio = row.Ratio!.Value;

        // A lower limit of 0 or an infinite upper limit (a monotone likelihood) runs off the axis.
        bool arrowLeft = row.Lower is double lo && lo < min;
        bool arrowRight = row.Upper is double up && up > max;
        float? from = row.Lower is double a && !double.IsNaN(a) ? MapX(Math.Clamp(a, min, max), panel, min, max) : null;
        float? to = row.Upper is double b && !double.IsNaN(b) ? MapX(Math.Clamp(b, min, max), panel, min, max) : null;
        float? point = ratio >= min && ratio <= max ? MapX(ratio, panel, min, max) : null;
        return new RowMark(point, from, to, arrowLeft, arrowRight, row.IsSummary, centreY);
    }

    private static IReadOnlyList<PlacedText> FavoursTexts(ForestTable table, float referenceX, float top, float width)
    {
        var style = new TextStyle(FigureStyle.Body.Size, Italic: true);
        float baseline = top + style.CapHeight;
        var texts = new List<PlacedText>();
        if (table.FavoursBelow is { } below)
        {
            var text = new PlacedText("\u2190 " + below, referenceX - 4f, baseline, style, SKTextAlign.Right);
            if (text.Left < FigureStyle.Margin)
                text = text with { X = FigureStyle.Margin, Align = SKTextAlign.Left };
            texts.Add(text);
        }

        if (table.FavoursAbove is { } above)
        {
            var text = new PlacedText(above + " \u2192", referenceX + 4f, baseline, style);
            if (text.Bounds.Right > width - FigureStyle.Margin)
                text = text with { X = width - FigureStyle.Margin, Align = SKTextAlign.Right };
            if (texts.Count > 0 && texts[0].Bounds.Right + 6f > text.Left)
                text = text with { Baseline = baseline + style.LineHeight };
            texts.Add(text);
        }

        return texts;
    }

    /// <summary>One row: its box (full width), the y of its marker, its texts and its mark.</summary>
    public sealed record RowLayout(SKRect Box, float CentreY, IReadOnlyList<PlacedText> Texts, RowMark? Mark);

    /// <summary>
    /// A row's drawing in the panel: the point (null when outside the axis), the interval's drawn ends
    /// (null where a limit does not exist), arrows where a limit lies beyond the axis, and whether it is the
    /// summary diamond.
    /// </summary>
    public sealed record RowMark(float? Point, float? From, float? To, bool ArrowLeft, bool ArrowRight, bool Diamond, float CentreY);
}
