using System.Globalization;
using HccReport.Rendering.Outputs;
using HccReport.Rendering.Tables;
using SkiaSharp;

namespace HccReport.Rendering.Pdf;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a PDF/A-2b file with SkiaSharp's PDF backend and a small layout layer:
/// headings kept with what follows, wrapped paragraphs, tables that break across pages with their header
/// repeated, figures drawn as vectors with their captions, a running header and "Page i of n" footers.
/// The same document always gives the same bytes.
/// </summary>
public static class PdfReportWriter
{
    /// <summary>Creation and modification date written into every report: a fixed instant, as a report must not depend on the clock.</summary>
    public static readonly DateTime FixedDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The PDF's bytes.</summary>
    /// <param name="document">The report's content.</param>
    /// <param name="pageSize">A4 or Letter.</param>
    /// <param name="fallbackFont">A family for characters Liberation Sans lacks (spec key <c>font</c>), or null to look one up.</param>
    /// <param name="missingCharacters">Characters no installed font could draw (the report says so on its first page); empty when none.</param>
    public static byte[] Write(ReportDocument document, PageSize pageSize, string? fallbackFont, out string missingCharacters)
    {
        using var engine = new TextEngine(fallbackFont);
        engine.Scan(AllText(document));
        missingCharacters = engine.Missing;
        var layout = new PdfLayout(engine, PageGeometry.For(pageSize), document);
        layout.LayOut(missingCharacters);
        return Render(document, layout, engine);
    }

    private static byte[] Render(ReportDocument document, PdfLayout layout, TextEngine engine)
    {
        var geometry = layout.Pages.Geometry;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Author = document.Author,
            Subject = document.Subject,
            Keywords = document.Keywords,
            Creator = document.Creator,
            Producer = document.Creator + " (SkiaSharp PDF)",
            Creation = FixedDate,
            Modified = FixedDate,
            RasterDpi = 300,
            PdfA = true,
        };
        using var stream = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        {
            var pages = layout.Pages.Pages;
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(geometry.Width, geometry.Height);
                DrawHeaderAndFooter(canvas, engine, geometry, document, i + 1, pages.Count);
                foreach (var step in pages[i])
                {
                    canvas.Save();
                    step(canvas);
                    canvas.Restore();
                }
                pdf.EndPage();
            }
            pdf.Close();
        }
        return PdfDocumentId.MakeDeterministic(stream.ToArray());
    }

    private static void DrawHeaderAndFooter(SKCanvas canvas, TextEngine engine, PageGeometry g, ReportDocument document, int page, int pages)
    {
        var small = new TextStyle(7.5f, Color: 0xFF555555);
        var headerBaseline = g.Top - 26;
        var synthetic = new TextStyle(8f, Bold: true, Color: 0xFFB00020);
        var syntheticWidth = document.Synthetic ? engine.Measure(document.SyntheticNotice, synthetic) : 0;
        var title = Fit(engine, document.Title, small, g.ContentWidth - syntheticWidth - 24);
        engine.Draw(canvas, title, small, g.Left, headerBaseline);
        if (document.Synthetic)
            engine.Draw(canvas, document.SyntheticNotice, synthetic, g.Width - g.Right - syntheticWidth, headerBaseline);
        using var rule = new SKPaint { Color = new SKColor(0xFFBBBBBB), StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
        canvas.DrawLine(g.Left, headerBaseline + 5, g.Width - g.Right, headerBaseline + 5, rule);

        var footerBaseline = g.Height - g.Bottom + 30;
        var pageText = $"Page {page.ToString(CultureInfo.InvariantCulture)} of {pages.ToString(CultureInfo.InvariantCulture)}";
        var pageWidth = engine.Measure(pageText, small);
        engine.Draw(canvas, pageText, small, g.Width - g.Right - pageWidth, footerBaseline);
        engine.Draw(canvas, document.Creator, small, g.Left, footerBaseline);
    }

    /// <summary>The text shortened with an ellipsis to fit <paramref name="width"/>.</summary>
    private static string Fit(TextEngine engine, string text, TextStyle style, float width)
    {
        if (engine.Measure(text, style) <= width) return text;
        var cut = text;
        while (cut.Length > 1 && engine.Measure(cut + "\u2026", style) > width) cut = cut[..^1];
        return cut.TrimEnd() + "\u2026";
    }

    private static IEnumerable<string> AllText(ReportDocument document)
    {
        yield return document.Title;
        if (document.Subtitle is not null) yield return document.Subtitle;
        if (document.SyntheticStatement is not null) yield return document.SyntheticStatement;
        foreach (var note in document.TitleNotes) yield return note;
        foreach (var (key, value) in document.Provenance)
        {
            yield return key;
            yield return value;
        }
        foreach (var section in document.Sections)
        {
            yield return section.Heading;
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p:
                        yield return p.Text;
                        break;
                    case FigureBlock f:
                        yield return f.Caption;
                        break;
                    case TableBlock t:
                        yield return t.Table.Title;
                        foreach (var c in t.Table.Columns) yield return c.Heading;
                        foreach (var gr in t.Table.Groups) yield return gr.Heading;
                        foreach (var row in t.Table.Rows)
                            foreach (var cell in row.Cells) yield return cell.PlainText;
                        foreach (var n in t.Table.Notes) yield return n;
                        break;
                }
            }
        }
    }
}
