using System.Security.Cryptography;
using System.Text;

namespace HccReport.Rendering.Pdf;

/// <summary>
/// Replaces the document ID that Skia derives from the clock when it writes PDF/A (in the trailer's /ID and twice
/// in the XMP metadata as a UUID) with one derived from the file's own bytes, so that the same report gives the
/// same bytes. The new ID has the same length, so the cross-reference offsets stay valid.
/// </summary>
internal static class PdfDocumentId
{
    public static byte[] MakeDeterministic(byte[] pdf)
    {
        var trailer = pdf.AsSpan().LastIndexOf("/ID [<"u8);
        if (trailer < 0) return pdf;
        var hex = Encoding.ASCII.GetString(pdf, trailer + 6, 32);
        if (!hex.All(Uri.IsHexDigit)) return pdf;

        var result = (byte[])pdf.Clone();
        var hexAt = Positions(result, hex);
        var uuidAt = Positions(result, ToUuid(hex));
        // Hash the file with the clock-derived ID blanked out, so the new ID depends on the content only.
        foreach (var i in hexAt) Encoding.ASCII.GetBytes(new string('0', 32)).CopyTo(result, i);
        foreach (var i in uuidAt) Encoding.ASCII.GetBytes(ToUuid(new string('0', 32))).CopyTo(result, i);
        var id = Convert.ToHexString(SHA256.HashData(result), 0, 16);
        foreach (var i in hexAt) Encoding.ASCII.GetBytes(id).CopyTo(result, i);
        foreach (var i in uuidAt) Encoding.ASCII.GetBytes(ToUuid(id)).CopyTo(result, i);
        return result;
    }

    /// <summary>"B6853A2C9A07..." as "b6853a2c-9a07-3945-b9e1-de8604829de6".</summary>
    private static string ToUuid(string hex)
    {
        var h = hex.ToLowerInvariant();
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
    }

    private static List<int> Positions(byte[] data, string text)
    {
        var pattern = Encoding.ASCII.GetBytes(text);
        var positions = new List<int>();
        var offset = 0;
        while (true)
        {
            var next = data.AsSpan(offset).IndexOf(pattern);
            if (next < 0) return positions;
            positions.Add(offset + next);
            offset += next + pattern.Length;
        }
    }
}
