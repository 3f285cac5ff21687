using System.Text;
using HccReport.Rendering.Pdf;
using SkiaSharp;
using UglyToad.PdfPig;

namespace HccReport.Rendering.Tests;

/// <summary>
/// Skia writes a clock-derived PDF/A document ID, in the trailer as a hexadecimal string or, when that is shorter, as a
/// literal string with octal escapes (about one render in ten). Both forms must give the same content-derived ID, or
/// two renders of one report differ in those bytes.
/// </summary>
public class PdfDocumentIdTests
{
    /// <summary>A one-page PDF/A whose content is a bar of the given width.</summary>
    private static byte[] SkiaPdf(float width)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata
        {
            Title = "ID test",
            Creation = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Modified = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            PdfA = true,
        }))
        {
            var canvas = document.BeginPage(200, 100);
            using var paint = new SKPaint { Color = SKColors.Black };
            canvas.DrawRect(10, 40, width, 20, paint);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    /// <summary>The document ID Skia drew, read from the XMP metadata, where it is always a UUID.</summary>
    private static byte[] XmpId(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf("<xmpMM:DocumentID>uuid:", StringComparison.Ordinal);
        Assert.True(at >= 0, "Skia writes the document ID into the XMP metadata of a PDF/A file");
        return Convert.FromHexString(text.Substring(at + 23, 36).Replace("-", "", StringComparison.Ordinal));
    }

    /// <summary>
    /// The same PDF as if Skia had drawn <paramref name="id"/> from the clock: in the XMP UUIDs and in the trailer, there
    /// as a hexadecimal string or as a literal string with octal escapes. The trailer follows the cross-reference table
    /// and the UUIDs keep their length, so every offset stays valid.
    /// </summary>
    private static byte[] WithId(byte[] pdf, byte[] id, bool literal)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = text.Replace(Uuid(XmpId(pdf)), Uuid(id), StringComparison.Ordinal);
        string written;
        if (literal)
        {
            var sb = new StringBuilder("(");
            foreach (var b in id)
            {
                if (b is (byte)'(' or (byte)')' or (byte)'\\') sb.Append('\\').Append((char)b);
                else if (b is >= 0x20 and < 0x7F) sb.Append((char)b);
                else sb.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            }
            written = sb.Append(')').ToString();
        }
        else
        {
            written = "<" + Convert.ToHexString(id) + ">";
        }
        var at = text.LastIndexOf("/ID [", StringComparison.Ordinal);
        var end = text.LastIndexOf("]>>", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text[..at] + $"/ID [{written} {written}]" + text[(end + 1)..]);
    }

    private static string Uuid(byte[] id)
    {
        var h = Convert.ToHexStringLower(id);
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
    }

    [Fact]
    public void HexadecimalAndLiteralIdsGiveTheSameFile()
    {
        var pdf = SkiaPdf(120);
        // Control bytes, parentheses, a backslash and a high byte: every escape a literal string can need.
        byte[] id = [0x01, (byte)'(', (byte)')', (byte)'\\', 0xFF, 0x0A, 0x0D, (byte)'3', (byte)'k', 0x83, 0x19, 0xE7, 0x89, (byte)'7', 0x00, 0x7F];
        var literal = WithId(pdf, id, literal: true);
        Assert.Contains("/ID [(", Encoding.Latin1.GetString(literal), StringComparison.Ordinal);

        var expected = PdfDocumentId.MakeDeterministic(pdf);
        Assert.Equal(expected, PdfDocumentId.MakeDeterministic(WithId(pdf, id, literal: false)));
        Assert.Equal(expected, PdfDocumentId.MakeDeterministic(literal));
        Assert.DoesNotContain(Uuid(id), Encoding.Latin1.GetString(expected), StringComparison.Ordinal);
        using var document = PdfDocument.Open(expected);
        Assert.Equal(1, document.NumberOfPages);
    }

    [Fact]
    public void TheIdDependsOnTheContentOnly()
    {
        var first = PdfDocumentId.MakeDeterministic(SkiaPdf(120));
        var second = PdfDocumentId.MakeDeterministic(SkiaPdf(120));
        var other = PdfDocumentId.MakeDeterministic(SkiaPdf(60));
        Assert.Equal(first, second);
        Assert.NotEqual(Id(first), Id(other));
    }

    private static string Id(byte[] pdf)
    {
        var text = Encoding.ASCII.GetString(pdf);
        var at = text.LastIndexOf("/ID [<", StringComparison.Ordinal);
        Assert.True(at >= 0, "the deterministic ID is written in hexadecimal");
        return text.Substring(at + 6, 32);
    }
}
