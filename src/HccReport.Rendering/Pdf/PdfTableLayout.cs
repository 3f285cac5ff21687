using HccReport.Rendering.Tables;
using SkiaSharp;

namespace HccReport.Rendering.Pdf;

/// <summary>
/// Column widths, wrapped cells and row heights of one table, and the drawing of its header and rows in the
/// booktabs manner journals use: horizontal rules only, spanning headings underlined over their columns.
/// </summary>
internal sealed class PdfTableLayout
{
    private const float PadX = 4f;
    private const float PadY = 2.6f;
    private const float IndentStep = 10f;
    private const float LineFactor = 1.28f;

    private readonly TextEngine engine;
    private readonly ReportTable table;
    private readonly TextStyle style;
    private readonly TextStyle headStyle;
    private readonly TextStyle markStyle;
    private readonly float[] widths;
    private readonly List<List<IReadOnlyList<TextLine>>> cells = [];
    private readonly List<IReadOnlyList<TextLine>> headings = [];
    private readonly List<IReadOnlyList<TextLine>> groupHeadings = [];
    private readonly float groupRowHeight;

    public PdfTableLayout(TextEngine engine, ReportTable table, float width, TextStyle style)
    {
        this.engine = engine;
        this.table = table;
        this.style = style;
        headStyle = style.WithBold();
        markStyle = style with { Size = style.Size * 0.72f };
        widths = ColumnWidths(width);

        headings.AddRange(table.Columns.Select((c, i) => engine.Wrap([new TextSpan(c.Heading, headStyle)], widths[i] - 2 * PadX)));
        groupHeadings.AddRange(table.Groups.Select(g => engine.Wrap([new TextSpan(g.Heading, headStyle)], SpanWidth(g.First, g.Span) - 2 * PadX)));
        groupRowHeight = table.Groups.Count == 0 ? 0 : groupHeadings.Max(h => h.Count) * LineHeight + 2 * PadY + 2;
        HeaderHeight = groupRowHeight + headings.Max(h => h.Count) * LineHeight + 2 * PadY;

        var heights = new List<float>();
        foreach (var row in table.Rows)
        {
            var wrapped = new List<IReadOnlyList<TextLine>>();
            if (row.Kind == TableRowKind.Section)
            {
                wrapped.Add(engine.Wrap([new TextSpan(row.Cells[0].Text, headStyle with { Italic = true })], width - 2 * PadX));
            }
            else
            {
                for (var i = 0; i < row.Cells.Count && i < widths.Length; i++)
                {
                    var indent = i == 0 ? row.Indent * IndentStep : 0;
                    var cell = row.Cells[i];
                    var markWidth = cell.Mark is null ? 0 : engine.Measure(cell.Mark, markStyle) + 0.5f;
                    wrapped.Add(engine.Wrap([new TextSpan(cell.Text, CellStyle(cell))], widths[i] - 2 * PadX - indent - markWidth));
                }
            }
            cells.Add(wrapped);
            heights.Add(wrapped.Max(w => w.Count) * LineHeight + 2 * PadY);
        }
        RowHeights = heights;
    }

    public float HeaderHeight { get; }

    public IReadOnlyList<float> RowHeights { get; }

    private float LineHeight => style.Size * LineFactor;

    public void DrawHeader(SKCanvas canvas, float left, float top)
    {
        using var rule = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.4f, IsStroke = true, IsAntialias = true };
        for (var g = 0; g < table.Groups.Count; g++)
        {
            var group = table.Groups[g];
            var x = left + widths.Take(group.First).Sum();
            var span = SpanWidth(group.First, group.Span);
            var y = top + PadY;
            foreach (var line in groupHeadings[g])
            {
                engine.Draw(canvas, line, x + (span - line.Width) / 2, y + style.Size);
                y += LineHeight;
            }
            canvas.DrawLine(x + 3, top + groupRowHeight - 1.5f, x + span - 3, top + groupRowHeight - 1.5f, rule);
        }
        var rowTop = top + groupRowHeight;
        var rowHeight = HeaderHeight - groupRowHeight;
        var cx = left;
        for (var i = 0; i < widths.Length; i++)
        {
            var lines = headings[i];
            // Headings sit on the bottom of the header row, as in printed tables.
            var y = rowTop + rowHeight - PadY - lines.Count * LineHeight;
            foreach (var line in lines)
            {
                var x = Align(table.Columns[i].Align, cx, widths[i], line.Width, 0);
                engine.Draw(canvas, line, x, y + style.Size);
                y += LineHeight;
            }
            cx += widths[i];
        }
    }

    public void DrawRow(SKCanvas canvas, int index, float left, float top)
    {
        var row = table.Rows[index];
        var wrapped = cells[index];
        if (row.Kind == TableRowKind.Section)
        {
            var y = top + PadY;
            foreach (var line in wrapped[0])
            {
                engine.Draw(canvas, line, left + PadX, y + style.Size);
                y += LineHeight;
            }
            return;
        }
        var cx = left;
        for (var i = 0; i < wrapped.Count; i++)
        {
            var cell = row.Cells[i];
            var indent = i == 0 ? row.Indent * IndentStep : 0;
            var markWidth = cell.Mark is null ? 0 : engine.Measure(cell.Mark, markStyle) + 0.5f;
            var y = top + PadY;
            var lines = wrapped[i];
            for (var l = 0; l < lines.Count; l++)
            {
                var line = lines[l];
                var last = l == lines.Count - 1;
                var lineWidth = line.Width + (last ? markWidth : 0);
                var x = Align(table.Columns[i].Align, cx, widths[i], lineWidth, indent);
                engine.Draw(canvas, line, x, y + style.Size);
                if (last && cell.Mark is not null)
                    engine.Draw(canvas, cell.Mark, markStyle, x + line.Width + 0.5f, y + style.Size - style.Size * 0.38f);
                y += LineHeight;
            }
            cx += widths[i];
        }
    }

    private TextStyle CellStyle(TableCell cell) => cell.Emphasis ? style with { Bold = true, Color = 0xFFB00020 } : style;

    private static float Align(ColumnAlign align, float cellLeft, float cellWidth, float textWidth, float indent) =>
        align switch
        {
            ColumnAlign.Left => cellLeft + PadX + indent,
            ColumnAlign.Right => cellLeft + cellWidth - PadX - textWidth,
            _ => cellLeft + (cellWidth - textWidth) / 2,
        };

    private float SpanWidth(int first, int span) => widths.Skip(first).Take(span).Sum();

    /// <summary>
    /// Column widths. Headings may wrap, cells should not: each column first gets the width of its longest cell
    /// (and of its heading's longest word), then, while room is left, what its heading needs on one line; spare
    /// width goes to the value columns. When the cells do not fit on one line, the stub (labels) wraps first and
    /// then the other columns shrink towards their longest word in proportion to what they would need.
    /// </summary>
    private float[] ColumnWidths(float total)
    {
        var n = table.Columns.Count;
        var cellNatural = new float[n];
        var cellMinimum = new float[n];
        var headNatural = new float[n];
        var headMinimum = new float[n];
        for (var i = 0; i < n; i++)
        {
            headNatural[i] = engine.Measure(table.Columns[i].Heading, headStyle) + 2 * PadX;
            headMinimum[i] = LongestWord(table.Columns[i].Heading, headStyle) + 2 * PadX;
        }
        foreach (var row in table.Rows.Where(r => r.Kind == TableRowKind.Data))
        {
            for (var i = 0; i < row.Cells.Count && i < n; i++)
            {
                var cell = row.Cells[i];
                var extra = (i == 0 ? row.Indent * IndentStep : 0) + (cell.Mark is null ? 0 : engine.Measure(cell.Mark, markStyle) + 0.5f) + 2 * PadX;
                cellNatural[i] = Math.Max(cellNatural[i], engine.Measure(cell.Text, CellStyle(cell)) + extra);
                cellMinimum[i] = Math.Max(cellMinimum[i], LongestWord(cell.Text, CellStyle(cell)) + extra);
            }
        }
        var minimum = new float[n];
        var natural = new float[n];
        var want = new float[n];
        for (var i = 0; i < n; i++)
        {
            minimum[i] = Math.Max(cellMinimum[i], headMinimum[i]);
            natural[i] = Math.Max(cellNatural[i], headMinimum[i]);
            want[i] = Math.Max(natural[i], headNatural[i]);
        }
        // A heading spanning several columns needs room too.
        foreach (var group in table.Groups)
        {
            var need = engine.Measure(group.Heading, headStyle) + 2 * PadX;
            var have = natural.Skip(group.First).Take(group.Span).Sum();
            for (var i = group.First; i < group.First + group.Span && need > have; i++)
            {
                natural[i] += (need - have) / group.Span;
                want[i] = Math.Max(want[i], natural[i]);
            }
        }

        var widthsOut = new float[n];
        var sumWant = want.Sum();
        var sumNatural = natural.Sum();
        if (sumWant <= total)
        {
            var spare = total - sumWant;
            var valueColumns = Math.Max(1, n - 1);
            for (var i = 0; i < n; i++) widthsOut[i] = want[i] + (n == 1 || i > 0 ? spare / valueColumns : 0);
        }
        else if (sumNatural <= total)
        {
            var share = (total - sumNatural) / (sumWant - sumNatural);
            for (var i = 0; i < n; i++) widthsOut[i] = natural[i] + (want[i] - natural[i]) * share;
        }
        else
        {
            Array.Copy(natural, widthsOut, n);
            var excess = sumNatural - total;
            var stubFloor = Math.Max(minimum[0], Math.Min(natural[0], total * 0.24f));
            var cut = Math.Min(excess, widthsOut[0] - stubFloor);
            widthsOut[0] -= cut;
            excess -= cut;
            if (excess > 0)
            {
                var room = Enumerable.Range(1, n - 1).Sum(i => natural[i] - minimum[i]);
                // Below their longest words only when even those do not fit: then words break by characters.
                for (var i = 1; i < n; i++)
                    widthsOut[i] -= room <= 0 ? excess / (n - 1) : Math.Min(1, excess / room) * (natural[i] - minimum[i]) + Math.Max(0, excess - room) / (n - 1);
            }
        }
        return widthsOut;
    }

    private float LongestWord(string text, TextStyle s) => text.Split(' ').Select(w => engine.Measure(w, s)).DefaultIfEmpty(0).Max();
}
