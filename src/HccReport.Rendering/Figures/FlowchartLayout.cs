using HccReport.Results;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// Positions of every box, line of text and connector of a CONSORT flowchart, computed from a
/// <see cref="CohortFlow"/> and drawn by <see cref="ConsortFlowchart"/>.
/// </summary>
/// <remarks>
/// <para>
/// Top to bottom: the screened box; the excluded box to the right of the arrow below it, listing each reason
/// with its n; the included box; then one column per group (a single column without groups), each a stack of
/// stages: the group box, and per flow step either a subset box (with a side box for the rows not meeting it)
/// or a row of level boxes (with the step's label as a caption beside the connector). Stages line up across
/// columns and boxes of one stage share a height.
/// </para>
/// <para>
/// Text is measured with the figure fonts and wrapped; a box is sized to its measured lines, so text never
/// overflows. Columns are as wide as their widest stage including side boxes, and vertical gaps as tall as the
/// side boxes they hold, so boxes never overlap whatever the number of reasons, groups, steps or levels. When
/// the columns make the figure wider than 17 cm their wrapping widths shrink step by step; past the last step
/// the figure is wider and the document scales it down.
/// </para>
/// </remarks>
internal sealed class FlowchartLayout
{
    /// <summary>A4 text width with 2 cm margins: 17 cm.</summary>
    public const float TargetWidth = 481.9f;

    private const float PaddingX = 6f;
    private const float PaddingY = 5f;
    private const float MinimumGap = 18f;
    private const float SideMargin = 8f;
    private const float SideGap = 16f;
    private const float CaptionGap = 6f;
    private const float ColumnGap = 16f;
    private const float LevelGap = 8f;
    private const float BarDrop = 9f;
    private const float BulletIndent = 7f;
    private const float ExcludedMinimumWrap = 150f;
    private const float ExcludedMaximumWrap = 230f;

    private static readonly float[] WrapScales = [1f, 0.85f, 0.72f, 0.6f, 0.5f, 0.42f];

    private FlowchartLayout()
    {
    }

    /// <summary>Natural size.</summary>
    public SKSize Size { get; private init; }

    /// <summary>Every box (and borderless caption), in drawing order.</summary>
    public required IReadOnlyList<FlowBox> Boxes { get; init; }

    /// <summary>Every connector; arrows end at a box edge.</summary>
    public required IReadOnlyList<FlowConnector> Connectors { get; init; }

    /// <summary>
    /// Lays out <paramref name="flow"/> with the widest wrapping of the group columns that fits
    /// <see cref="TargetWidth"/>, else the narrowest. The boxes above the groups keep their widths: they are
    /// one column and always fit.
    /// </summary>
    public static FlowchartLayout Create(CohortFlow flow, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(options);
        FlowchartLayout? layout = null;
        foreach (var scale in WrapScales)
        {
            layout = Build(flow, options, scale);
            if (layout.Size.Width <= TargetWidth)
                break;
        }

        return layout!;
    }

    private static FlowchartLayout Build(CohortFlow flow, FigureOptions options, float scale)
    {
        var body = FigureStyle.Body;
        float mainMax = 170f * scale;
        float sideMax = 150f * scale;

        var screened = BoxContent.Simple(WithCount(flow.ScreenedLabel ?? "Assessed for eligibility", flow.Screened, options), "screened");
        screened.Wrap(200f);
        BoxContent? excluded = null;
        if (flow.Excluded.Any(e => e.N > 0))
        {
            excluded = new BoxContent("excluded", bordered: true, centred: false);
            excluded.Add(WithCount("Excluded", flow.Excluded.Sum(e => e.N), options), body, bullet: false);
            // A criterion nobody failed is noise in a flowchart; the flow table still lists it with its 0.
            foreach (var reason in flow.Excluded.Where(e => e.N > 0))
                excluded.Add(WithCount(Capitalised(reason.Reason), reason.N, options), body, bullet: true);
        }

        var included = BoxContent.Simple(WithCount(flow.IncludedLabel ?? "Included", flow.Included, options), "included");
        included.Wrap(200f);

        var columns = Columns(flow, options, mainMax, sideMax);
        bool groupBoxes = flow.Groups.Count > 0;
        int stageCount = columns.Count == 0 ? 0 : columns.Max(c => c.Count);
        EqualiseStages(columns, stageCount);

        // Horizontal: half-widths of each column around its centre line.
        var halves = columns.Select(ColumnHalves).ToList();
        var centres = new List<float>();
        float x = 0;
        for (int i = 0; i < columns.Count; i++)
        {
            x += halves[i].Left;
            centres.Add(x);
            x += halves[i].Right + ColumnGap;
        }

        float topCentre = centres.Count > 0 ? (centres[0] + centres[^1]) / 2 : 0;

        // The excluded list may use the width the columns already take to the right of the centre line.
        float columnsRight = centres.Count > 0 ? centres[^1] + halves[^1].Right : 0;
        excluded?.Wrap(centres.Count == 0
            ? ExcludedMaximumWrap
            : Math.Clamp(columnsRight - topCentre - SideGap - 2 * PaddingX, ExcludedMinimumWrap, ExcludedMaximumWrap));
        float topHalf = Math.Max(screened.Natural.Width, included.Natural.Width) / 2;
        float minX = topCentre - topHalf;
        float maxX = topCentre + Math.Max(topHalf, excluded is null ? 0 : SideGap + excluded.Natural.Width);
        for (int i = 0; i < columns.Count; i++)
        {
            minX = Math.Min(minX, centres[i] - halves[i].Left);
            maxX = Math.Max(maxX, centres[i] + halves[i].Right);
        }

        float shift = FigureStyle.Margin - minX;
        topCentre += shift;
        for (int i = 0; i < centres.Count; i++)
            centres[i] += shift;

        // Vertical: the top section.
        var boxes = new List<FlowBox>();
        var connectors = new List<FlowConnector>();
        float y = FigureStyle.Margin;
        var screenedBox = screened.Place(Centred(topCentre, y, screened.Natural));
        boxes.Add(screenedBox);
        float gap = excluded is null ? MinimumGap : Math.Max(MinimumGap, excluded.Natural.Height + 2 * SideMargin);
        var includedBox = included.Place(Centred(topCentre, screenedBox.Rect.Bottom + gap, included.Natural));
        connectors.Add(Arrow(new SKPoint(topCentre, screenedBox.Rect.Bottom), new SKPoint(topCentre, includedBox.Rect.Top)));
        if (excluded is not null)
        {
            float midY = screenedBox.Rect.Bottom + gap / 2;
            var excludedBox = excluded.Place(SKRect.Create(topCentre + SideGap, midY - excluded.Natural.Height / 2, excluded.Natural.Width, excluded.Natural.Height));
            boxes.Add(excludedBox);
            connectors.Add(Arrow(new SKPoint(topCentre, midY), new SKPoint(excludedBox.Rect.Left, midY)));
        }

        boxes.Add(includedBox);
        float bottom = includedBox.Rect.Bottom;

        // The columns, stage by stage, aligned across columns.
        if (columns.Count > 0)
        {
            var previous = columns.Select(_ => (IReadOnlyList<FlowBox>)[includedBox]).ToList();
            float rowTop;
            int first = 0;
            if (groupBoxes)
            {
                float barY = includedBox.Rect.Bottom + BarDrop;
                rowTop = barY + MinimumGap - BarDrop + (columns.Count > 1 ? 4f : 0f);
                var groupRow = columns.Select((c, i) => c[0].Boxes[0].Place(Centred(centres[i], rowTop, c[0].Boxes[0].Natural))).ToList();
                boxes.AddRange(groupRow);
                connectors.AddRange(Split(new SKPoint(topCentre, includedBox.Rect.Bottom), barY, groupRow));
                previous = groupRow.Select(b => (IReadOnlyList<FlowBox>)[b]).ToList();
                first = 1;
            }

            for (int k = first; k < stageCount; k++)
            {
                float previousBottom = previous.SelectMany(p => p).Max(b => b.Rect.Bottom);
                bool afterSplit = previous.Any(p => p.Count > 1);
                float start = previousBottom + (afterSplit ? BarDrop : 0);
                float sideHeight = columns.Where(c => k < c.Count).Select(c => c[k].Side?.Natural.Height ?? 0).DefaultIfEmpty(0).Max();
                bool split = columns.Any(c => k < c.Count && c[k].IsSplit);
                float splitSpace = split ? BarDrop + 4f : 0;
                float sideBand = Math.Max(MinimumGap, sideHeight + 2 * SideMargin);
                rowTop = start + sideBand + splitSpace;
                float sideMid = start + sideBand / 2;

                for (int i = 0; i < columns.Count; i++)
                {
                    if (k >= columns[i].Count)
                        continue;
                    var stage = columns[i][k];
                    float cx = centres[i];
                    var from = Merge(previous[i], cx, previousBottom, connectors);

                    var row = PlaceRow(stage, cx, rowTop);
                    boxes.AddRange(row);
                    if (stage.IsSplit)
                    {
                        connectors.AddRange(Split(from, rowTop - BarDrop, row));
                    }
                    else
                    {
                        connectors.Add(Arrow(from, new SKPoint(cx, row[0].Rect.Top)));
                    }

                    if (stage.Side is { } side)
                    {
                        float sideX = side.Bordered ? cx + SideGap : cx + CaptionGap;
                        var sideBox = side.Place(SKRect.Create(sideX, sideMid - side.Natural.Height / 2, side.Natural.Width, side.Natural.Height));
                        boxes.Add(sideBox);
                        if (side.Bordered)
                            connectors.Add(Arrow(new SKPoint(cx, sideMid), new SKPoint(sideBox.Rect.Left, sideMid)));
                    }

                    previous[i] = row;
                }
            }

            bottom = boxes.Max(b => b.Rect.Bottom);
        }

        float width = (float)Math.Ceiling(maxX - minX + 2 * FigureStyle.Margin);
        return new FlowchartLayout
        {
            Size = new SKSize(width, (float)Math.Ceiling(bottom + FigureStyle.Margin)),
            Boxes = boxes,
            Connectors = connectors,
        };
    }

    /// <summary>"Label (n = 634)", the count kept on one line with no-break spaces.</summary>
    private static string WithCount(string label, int n, FigureOptions options) =>
        label + " (" + options.CountPhrase(n).Replace(' ', '\u00A0') + ")";

    private static string Capitalised(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static SKRect Centred(float centreX, float top, SKSize size) =>
        SKRect.Create(centreX - size.Width / 2, top, size.Width, size.Height);

    /// <summary>The stages of every column: the group box, then one stage per flow step.</summary>
    private static List<List<Stage>> Columns(CohortFlow flow, FigureOptions options, float mainMax, float sideMax)
    {
        var names = flow.Groups.Count > 0
            ? flow.Groups.Select(g => g.Level).ToList()
            : flow.Steps.Count > 0 ? flow.Steps[0].Groups.Select(g => g.Group).ToList() : [];
        var columns = new List<List<Stage>>();
        for (int i = 0; i < names.Count; i++)
        {
            var stages = new List<Stage>();
            if (flow.Groups.Count > 0)
            {
                var box = BoxContent.Simple(WithCount(flow.Groups[i].Level, flow.Groups[i].N, options), "group");
                box.Wrap(mainMax * 0.8f);
                stages.Add(new Stage([box], null, IsSplit: false));
            }

            foreach (var step in flow.Steps)
            {
                // The results give one entry per group; match by name, else by position.
                var counts = step.Groups.FirstOrDefault(g => g.Group == names[i]) ?? (i < step.Groups.Count ? step.Groups[i] : null);
                if (counts is null)
                    continue;
                if (step.Kind == "split")
                {
                    // Levels without patients (a regimen no included patient received) get no box.
                    var nonEmpty = counts.Levels.Where(l => l.N > 0).ToList();
                    var levels = nonEmpty.Count > 0 ? nonEmpty : [new FlowGroup { Level = step.Label, N = counts.N }];
                    var row = levels.Select(l =>
                    {
                        var box = BoxContent.Simple(WithCount(l.Level, l.N, options), "level");
                        box.Wrap(Math.Max(50f, mainMax * 0.55f));
                        return box;
                    }).ToList();
                    var caption = new BoxContent("caption", bordered: false, centred: false);
                    caption.Add(step.Label, FigureStyle.Body with { Italic = true }, bullet: false);
                    caption.Wrap(sideMax * 0.8f);
                    stages.Add(new Stage(row, caption, IsSplit: true));
                }
                else
                {
                    var box = BoxContent.Simple(WithCount(step.Label, counts.N, options), "subset");
                    box.Wrap(mainMax);
                    BoxContent? side = null;
                    if (counts.NotMeeting is int notMeeting)
                    {
                        side = BoxContent.Simple(WithCount("Not meeting", notMeeting, options), "not-meeting");
                        side.Wrap(sideMax * 0.6f);
                    }

                    stages.Add(new Stage([box], side, IsSplit: false));
                }
            }

            columns.Add(stages);
        }

        return columns;
    }

    /// <summary>Boxes of one stage share a height; single boxes (groups, subsets) and level boxes also share a width.</summary>
    private static void EqualiseStages(List<List<Stage>> columns, int stageCount)
    {
        for (int k = 0; k < stageCount; k++)
        {
            var stageBoxes = columns.Where(c => k < c.Count).SelectMany(c => c[k].Boxes).ToList();
            float height = stageBoxes.Max(b => b.Natural.Height);
            float width = stageBoxes.Max(b => b.Natural.Width);
            foreach (var box in stageBoxes)
                box.Natural = new SKSize(width, height);
        }
    }

    private static (float Left, float Right) ColumnHalves(List<Stage> stages)
    {
        float left = 0;
        float right = 0;
        foreach (var stage in stages)
        {
            float rowWidth = stage.Boxes.Sum(b => b.Natural.Width) + LevelGap * (stage.Boxes.Count - 1);
            left = Math.Max(left, rowWidth / 2);
            right = Math.Max(right, rowWidth / 2);
            if (stage.Side is { } side)
                right = Math.Max(right, (side.Bordered ? SideGap : CaptionGap) + side.Natural.Width);
        }

        return (left, right);
    }

    private static List<FlowBox> PlaceRow(Stage stage, float centreX, float top)
    {
        float rowWidth = stage.Boxes.Sum(b => b.Natural.Width) + LevelGap * (stage.Boxes.Count - 1);
        float x = centreX - rowWidth / 2;
        var row = new List<FlowBox>();
        foreach (var box in stage.Boxes)
        {
            row.Add(box.Place(SKRect.Create(x, top, box.Natural.Width, box.Natural.Height)));
            x += box.Natural.Width + LevelGap;
        }

        return row;
    }

    /// <summary>Where the next connector starts below <paramref name="previous"/>: a box's bottom centre, or, under a row of level boxes, the centre of a bar joining them.</summary>
    private static SKPoint Merge(IReadOnlyList<FlowBox> previous, float centreX, float previousBottom, List<FlowConnector> connectors)
    {
        if (previous.Count == 1)
            return new SKPoint(previous[0].Rect.MidX, previous[0].Rect.Bottom);

        float barY = previousBottom + BarDrop;
        foreach (var box in previous)
            connectors.Add(Line(new SKPoint(box.Rect.MidX, box.Rect.Bottom), new SKPoint(box.Rect.MidX, barY)));
        connectors.Add(Line(new SKPoint(previous[0].Rect.MidX, barY), new SKPoint(previous[^1].Rect.MidX, barY)));
        return new SKPoint(centreX, barY);
    }

    /// <summary>A line from <paramref name="from"/> down to a bar, the bar across the children's centres, and an arrow down into each child.</summary>
    private static IEnumerable<FlowConnector> Split(SKPoint from, float barY, IReadOnlyList<FlowBox> children)
    {
        if (children.Count == 1 && Math.Abs(children[0].Rect.MidX - from.X) < 0.01f)
        {
            yield return Arrow(from, new SKPoint(from.X, children[0].Rect.Top));
            yield break;
        }

        yield return Line(from, new SKPoint(from.X, barY));
        float left = Math.Min(from.X, children.Min(c => c.Rect.MidX));
        float right = Math.Max(from.X, children.Max(c => c.Rect.MidX));
        yield return Line(new SKPoint(left, barY), new SKPoint(right, barY));
        foreach (var child in children)
            yield return Arrow(new SKPoint(child.Rect.MidX, barY), new SKPoint(child.Rect.MidX, child.Rect.Top));
    }

    private static FlowConnector Arrow(SKPoint from, SKPoint to) => new([from, to], ArrowAtEnd: true);

    private static FlowConnector Line(SKPoint from, SKPoint to) => new([from, to], ArrowAtEnd: false);

    /// <summary>One stage of a column: its box (or row of level boxes) and what sits beside the connector above it.</summary>
    private sealed record Stage(IReadOnlyList<BoxContent> Boxes, BoxContent? Side, bool IsSplit);

    /// <summary>A box's text before placement: paragraphs, wrapped to a width, measured.</summary>
    private sealed class BoxContent(string role, bool bordered, bool centred)
    {
        private readonly List<(string Text, TextStyle Style, bool Bullet)> paragraphs = [];
        private readonly List<(string Text, TextStyle Style, float Indent, bool Bullet)> lines = [];

        public bool Bordered { get; } = bordered;

        /// <summary>The box size: measured, or enlarged to match its stage.</summary>
        public SKSize Natural { get; set; }

        private float PadX => Bordered ? PaddingX : 0;

        /// <summary>Inside a border, padding to the capitals; a caption's box reaches the font's ascent.</summary>
        private float PadY => Bordered ? PaddingY : lines[0].Style.Ascent - lines[0].Style.CapHeight;

        public static BoxContent Simple(string text, string role)
        {
            var content = new BoxContent(role, bordered: true, centred: true);
            content.Add(text, FigureStyle.Body, bullet: false);
            return content;
        }

        public void Add(string text, TextStyle style, bool bullet) => paragraphs.Add((text, style, bullet));

        /// <summary>Wraps every paragraph to <paramref name="maxTextWidth"/> and measures the box.</summary>
        public void Wrap(float maxTextWidth)
        {
            lines.Clear();
            foreach (var (text, style, bullet) in paragraphs)
            {
                float indent = bullet ? BulletIndent : 0;
                var wrapped = TextWrap.Lines(text, style, maxTextWidth - indent);
                for (int i = 0; i < wrapped.Count; i++)
                    lines.Add((wrapped[i], style, indent, bullet && i == 0));
            }

            float width = lines.Max(l => l.Indent + l.Style.Width(l.Text));
            Natural = new SKSize(width + 2 * PadX, TextHeight() + 2 * PadY);
        }

        /// <summary>The box at <paramref name="rect"/> with its lines centred vertically (and horizontally when centred).</summary>
        public FlowBox Place(SKRect rect)
        {
            float top = rect.Top + (rect.Height - TextHeight()) / 2;
            var placed = new List<PlacedText>();
            float baseline = top + lines[0].Style.CapHeight;
            for (int i = 0; i < lines.Count; i++)
            {
                var (text, style, indent, bullet) = lines[i];
                if (i > 0)
                    baseline += style.LineHeight;
                if (bullet)
                    placed.Add(new PlacedText("\u2022", rect.Left + PadX, baseline, style));
                placed.Add(centred
                    ? new PlacedText(text, rect.MidX, baseline, style, SKTextAlign.Center)
                    : new PlacedText(text, rect.Left + PadX + indent, baseline, style));
            }

            return new FlowBox(rect, placed, Bordered, role);
        }

        /// <summary>From the first line's cap height to the last line's descent.</summary>
        private float TextHeight()
        {
            float height = lines[0].Style.CapHeight + lines[^1].Style.Descent;
            for (int i = 1; i < lines.Count; i++)
                height += lines[i].Style.LineHeight;
            return height;
        }
    }
}
