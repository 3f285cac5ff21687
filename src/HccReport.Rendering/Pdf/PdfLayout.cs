using System.Globalization;
using HccReport.Rendering.Outputs;
using HccReport.Rendering.Tables;
using SkiaSharp;

namespace HccReport.Rendering.Pdf;

/// <summary>Places the blocks of a report onto pages (see <see cref="PdfReportWriter"/>).</summary>
internal sealed class PdfLayout(TextEngine engine, PageGeometry geometry, ReportDocument document)
{
    private const uint Ink = 0xFF000000;
    private const uint Accent = 0xFF1F3A5F;
    private const uint Grey = 0xFF444444;
    private const uint Warn = 0xFFB00020;
    private const float Leading = 1.32f;

    private static readonly TextStyle Body = new(9.8f);
    private static readonly TextStyle NoteStyle = new(8f, Color: Grey);
    private static readonly TextStyle CaptionStyle = new(9f);
    private static readonly TextStyle CellStyle = new(8.2f);
    private static readonly TextStyle TableNoteStyle = new(7.4f, Color: Grey);

    public PageSequence Pages { get; } = new(geometry);

    private float Width => geometry.ContentWidth;

    public void LayOut(string missingCharacters)
    {
        TitleBlock();
        if (missingCharacters.Length > 0) Warning(MissingFontText(missingCharacters));
        var number = 0;
        foreach (var section in document.Sections)
        {
            Heading($"{(++number).ToString(CultureInfo.InvariantCulture)}  {section.Heading}");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock { Kind: ParagraphKind.Warning } p:
                        Warning(p.Text);
                        break;
                    case ParagraphBlock { Kind: ParagraphKind.Note } p:
                        Paragraph([new TextSpan(p.Text, NoteStyle)], 0, 6);
                        break;
                    case ParagraphBlock p:
                        Paragraph([new TextSpan(p.Text, Body)], 0, 8);
                        break;
                    case TableBlock t:
                        Table(t);
                        break;
                    case FigureBlock f:
                        Figure(f);
                        break;
                }
            }
            Pages.Y += 6;
        }
    }

    internal static string MissingFontText(string missing)
    {
        var codes = string.Join(", ", missing.EnumerateRunes().Take(8).Select(r => "U+" + r.Value.ToString("X4", CultureInfo.InvariantCulture)));
        return "Some names in this report use characters (for example " + codes + ") that the report's font, Liberation Sans, " +
               "does not have, and no installed font has them either: they are printed as empty boxes. Install a font that has them " +
               "(on Debian, the package fonts-wqy-zenhei or fonts-noto-cjk for Chinese) or name one with the spec key font, then render again.";
    }

    private void TitleBlock()
    {
        if (document.Synthetic)
        {
            var bannerStyle = new TextStyle(12f, Bold: true, Color: Warn);
            var text = document.SyntheticNotice + " \u2014 not patient data";
            var height = 26f;
            var y = Pages.Y;
            Pages.Draw(c =>
            {
                using var fill = new SKPaint { Color = new SKColor(0xFFFDECEE), IsAntialias = true };
                using var border = new SKPaint { Color = new SKColor(Warn), IsStroke = true, StrokeWidth = 1.2f, IsAntialias = true };
                var rect = new SKRect(geometry.Left, y, geometry.Left + Width, y + height);
                c.DrawRect(rect, fill);
                c.DrawRect(rect, border);
                var w = engine.Measure(text, bannerStyle);
                engine.Draw(c, text, bannerStyle, geometry.Left + (Width - w) / 2, y + 17.5f);
            });
            Pages.Y += height + 12;
        }

        Paragraph([new TextSpan(document.Title, new TextStyle(18f, Bold: true, Color: Accent))], 0, 4, 1.2f);
        if (document.Subtitle is not null)
            Paragraph([new TextSpan(document.Subtitle, new TextStyle(11.5f, Color: Grey))], 0, 4, 1.25f);
        Pages.Y += 6;

        // Provenance as a two-column block on a light background.
        var keyStyle = new TextStyle(7.8f, Bold: true, Color: Grey);
        var valueStyle = new TextStyle(7.8f, Color: Ink);
        var keyWidth = document.Provenance.Max(p => engine.Measure(p.Key, keyStyle)) + 10;
        var lines = document.Provenance
            .Select(p => (Key: p.Key, Lines: engine.Wrap([new TextSpan(p.Value, valueStyle)], Width - keyWidth - 16)))
            .ToList();
        var lineHeight = 7.8f * 1.35f;
        var boxHeight = lines.Sum(l => l.Lines.Count) * lineHeight + 12;
        var top = Pages.Y;
        Pages.Draw(c =>
        {
            using var fill = new SKPaint { Color = new SKColor(0xFFF3F5F8), IsAntialias = true };
            c.DrawRect(new SKRect(geometry.Left, top, geometry.Left + Width, top + boxHeight), fill);
            var y = top + 6 + 7.8f;
            foreach (var (key, valueLines) in lines)
            {
                engine.Draw(c, key, keyStyle, geometry.Left + 8, y);
                foreach (var line in valueLines)
                {
                    engine.Draw(c, line, geometry.Left + 8 + keyWidth, y);
                    y += lineHeight;
                }
            }
        });
        Pages.Y += boxHeight + 10;
        if (document.SyntheticStatement is not null)
            Paragraph([new TextSpan(document.SyntheticStatement, new TextStyle(9f, Bold: true, Color: Warn))], 0, 4);
        foreach (var note in document.TitleNotes)
            Paragraph([new TextSpan(note, new TextStyle(9f, Color: Grey))], 0, 4);
        Pages.Y += 8;
    }

    private void Heading(string text)
    {
        var style = new TextStyle(12.5f, Bold: true, Color: Accent);
        var lines = engine.Wrap([new TextSpan(text, style)], Width);
        var height = lines.Count * style.Size * 1.25f;
        // Keep the heading with at least a few lines of what follows.
        Pages.Reserve(height + 8 + 4 * Body.Size * Leading);
        if (!Pages.AtTop) Pages.Y += 10;
        PlaceLines(lines, 0, 1.25f);
        var y = Pages.Y + 1;
        Pages.Draw(c =>
        {
            using var rule = new SKPaint { Color = new SKColor(Accent), StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
            c.DrawLine(geometry.Left, y, geometry.Left + Width, y, rule);
        });
        Pages.Y += 8;
    }

    private void Warning(string text)
    {
        var style = new TextStyle(9.4f, Bold: true, Color: Warn);
        var lines = engine.Wrap([new TextSpan(text, style)], Width - 12);
        var start = Pages.Y;
        var startPage = Pages.Pages.Count;
        PlaceLines(lines, 12, Leading);
        if (Pages.Pages.Count == startPage)
        {
            var end = Pages.Y;
            Pages.Draw(c =>
            {
                using var bar = new SKPaint { Color = new SKColor(Warn), StrokeWidth = 2.5f, IsStroke = true };
                c.DrawLine(geometry.Left + 2, start + 1, geometry.Left + 2, end - 1, bar);
            });
        }
        Pages.Y += 8;
    }

    private void Paragraph(IReadOnlyList<TextSpan> spans, float indent, float spaceAfter, float leading = Leading)
    {
        PlaceLines(engine.Wrap(spans, Width - indent), indent, leading);
        Pages.Y += spaceAfter;
    }

    /// <summary>Places lines one by one, starting a new page whenever the next does not fit.</summary>
    private void PlaceLines(IReadOnlyList<TextLine> lines, float indent, float leading, float? width = null, bool center = false)
    {
        foreach (var line in lines)
        {
            var height = line.Size * leading;
            Pages.Reserve(height);
            var baseline = Pages.Y + line.Size;
            var x = geometry.Left + indent + (center ? ((width ?? Width) - line.Width) / 2 : 0);
            Pages.Draw(c => engine.Draw(c, line, x, baseline));
            Pages.Y += height;
        }
    }

    private void Figure(FigureBlock block)
    {
        var size = block.Figure.Size;
        var captionLines = engine.Wrap(CaptionSpans(block.Label, block.Caption), Width);
        var captionHeight = captionLines.Count * CaptionStyle.Size * Leading;
        var scale = Math.Min(1f, Width / size.Width);
        scale = Math.Min(scale, (geometry.ContentHeight - captionHeight - 16) / size.Height);
        // Rather than leave most of a page empty, a figure may shrink to three quarters of its size to fit.
        var room = Pages.Remaining - captionHeight - 14;
        if (size.Height * scale > room && room >= 0.75f * size.Height * scale && !Pages.AtTop)
            scale = room / size.Height;
        var width = size.Width * scale;
        var height = size.Height * scale;
        Pages.Reserve(height + captionHeight + 14);
        Pages.Y += 4;
        var rect = SKRect.Create(geometry.Left + (Width - width) / 2, Pages.Y, width, height);
        var figure = block.Figure;
        Pages.Draw(c => figure.Draw(c, rect));
        Pages.Y += height + 6;
        PlaceLines(captionLines, 0, Leading);
        Pages.Y += 10;
    }

    private static List<TextSpan> CaptionSpans(string label, string text) =>
        [new TextSpan(label + " ", CaptionStyle.WithBold()), new TextSpan(text, CaptionStyle)];

    private void Table(TableBlock block)
    {
        var table = block.Table;
        var layout = new PdfTableLayout(engine, table, Width, CellStyle);
        var caption = engine.Wrap(CaptionSpans(block.Label, table.Title), Width);
        var continued = engine.Wrap(CaptionSpans($"Table {block.Number.ToString(CultureInfo.InvariantCulture)} (continued).", table.Title), Width);
        var captionHeight = caption.Count * CaptionStyle.Size * Leading + 3;
        var notes = new List<string>(table.Notes);
        if (table.AbbreviationLine is string abbreviations) notes.Add(abbreviations);
        var noteLines = notes.Select(n => engine.Wrap([new TextSpan(n, TableNoteStyle)], Width)).ToList();
        var notesHeight = noteLines.Sum(l => l.Count) * TableNoteStyle.Size * 1.3f + 5;
        var whole = 2 + captionHeight + layout.HeaderHeight + layout.RowHeights.Sum() + notesHeight;

        // A table that fits on a page moves to the next one rather than break, unless that would leave much of
        // this page empty; a table that breaks takes at least its header and three rows along.
        if (whole <= geometry.ContentHeight && whole > Pages.Remaining && Pages.Remaining < 0.35f * geometry.ContentHeight)
            Pages.NewPage();
        Pages.Reserve(captionHeight + layout.HeaderHeight + layout.RowHeights.Take(3).Sum() + 4);
        Pages.Y += 2;
        PlaceLines(caption, 0, Leading);
        Pages.Y += 3;
        DrawHeader(layout);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var height = layout.RowHeights[r];
            // A variable's heading row stays with its first level; the last row does not sit alone on a page.
            var keep = height;
            if (table.Rows[r].Indent == 0 && r + 1 < table.Rows.Count && table.Rows[r + 1].Indent > 0) keep += layout.RowHeights[r + 1];
            if (r == table.Rows.Count - 2) keep += layout.RowHeights[r + 1];
            if (keep > Pages.Remaining && !Pages.AtTop)
            {
                var ruleAt = Pages.Y + 1;
                Pages.Draw(c => Rule(c, ruleAt, 0.4f));
                Pages.NewPage();
                PlaceLines(continued, 0, Leading);
                Pages.Y += 3;
                DrawHeader(layout);
            }
            var y = Pages.Y;
            var row = r;
            Pages.Draw(c => layout.DrawRow(c, row, geometry.Left, y));
            Pages.Y += height;
        }
        var bottom = Pages.Y + 1;
        Pages.Draw(c => Rule(c, bottom, 0.8f));
        Pages.Y += 5;

        if (notesHeight < geometry.ContentHeight / 3) Pages.Reserve(notesHeight);
        foreach (var lines in noteLines)
            PlaceLines(lines, 0, 1.3f);
        Pages.Y += 12;
    }

    private void DrawHeader(PdfTableLayout layout)
    {
        var top = Pages.Y;
        Pages.Draw(c =>
        {
            Rule(c, top, 0.8f);
            layout.DrawHeader(c, geometry.Left, top);
        });
        Pages.Y += layout.HeaderHeight;
        var under = Pages.Y;
        Pages.Draw(c => Rule(c, under, 0.5f));
    }

    private void Rule(SKCanvas canvas, float y, float weight)
    {
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = weight, IsStroke = true, IsAntialias = true };
        canvas.DrawLine(geometry.Left, y, geometry.Left + Width, y, paint);
    }
}
