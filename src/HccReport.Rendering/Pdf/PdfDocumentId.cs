using System.Security.Cryptography;
using System.Text;

namespace HccReport.Rendering.Pdf;

/// <summary>
/// Replaces the document ID that Skia derives from the clock when it writes PDF/A (in the trailer's /ID and twice
/// in the XMP metadata as a UUID) with one derived from the file's own bytes, so that the same report gives the
/// same bytes.
/// </summary>
/// <remarks>
/// Skia writes each of the trailer's two ID strings in whichever PDF string form is shorter for those bytes: hexadecimal
/// (<c>&lt;B6853A2C…&gt;</c>) or literal with octal escapes (<c>(3k\203\031…)</c>). Both forms occur (roughly one
/// render in ten gets a literal string), so both are read here, and the new ID is always written in hexadecimal.
/// The trailer follows the cross-reference table, so changing its length moves no object and every offset stays valid;
/// the XMP UUIDs keep their length.
/// </remarks>
internal static class PdfDocumentId
{
    private const string ZeroHex = "00000000000000000000000000000000";

    public static byte[] MakeDeterministic(byte[] pdf)
    {
        var trailer = pdf.AsSpan().LastIndexOf("trailer"u8);
        if (trailer < 0) return pdf;
        var idKey = pdf.AsSpan(trailer).IndexOf("/ID"u8);
        if (idKey < 0) return pdf;
        var start = trailer + idKey;
        if (!TryReadIdArray(pdf, start + 3, out var ids, out var end)) return pdf;

        // Skia writes the same UUID for the document and the instance; blank whatever it wrote, both if they differ.
        var uuids = ids.Select(id => ToUuid(Convert.ToHexString(id))).Distinct().ToList();
        var body = (byte[])pdf[..start].Clone();
        var uuidAt = uuids.SelectMany(u => Positions(body, u)).ToList();
        foreach (var i in uuidAt) Encoding.ASCII.GetBytes(ToUuid(ZeroHex)).CopyTo(body, i);
        var tail = pdf[end..];

        // Hash the file with the clock-derived ID blanked out, so the new ID depends on the content only.
        var blank = Concat(body, IdArray(ZeroHex), tail);
        var id = Convert.ToHexString(SHA256.HashData(blank), 0, 16);
        foreach (var i in uuidAt) Encoding.ASCII.GetBytes(ToUuid(id)).CopyTo(body, i);
        return Concat(body, IdArray(id), tail);
    }

    private static byte[] IdArray(string hex) => Encoding.ASCII.GetBytes($"/ID [<{hex}> <{hex}>]");

    private static byte[] Concat(byte[] a, byte[] b, byte[] c)
    {
        var result = new byte[a.Length + b.Length + c.Length];
        a.CopyTo(result, 0);
        b.CopyTo(result, a.Length);
        c.CopyTo(result, a.Length + b.Length);
        return result;
    }

    /// <summary>Reads <c>[string string]</c> from <paramref name="at"/>; <paramref name="end"/> is just past the <c>]</c>.</summary>
    private static bool TryReadIdArray(byte[] pdf, int at, out List<byte[]> ids, out int end)
    {
        ids = [];
        end = at;
        at = SkipSpace(pdf, at);
        if (at >= pdf.Length || pdf[at] != (byte)'[') return false;
        at++;
        while (true)
        {
            at = SkipSpace(pdf, at);
            if (at >= pdf.Length) return false;
            if (pdf[at] == (byte)']') break;
            var read = pdf[at] switch
            {
                (byte)'<' => ReadHexString(pdf, ref at),
                (byte)'(' => ReadLiteralString(pdf, ref at),
                _ => null,
            };
            if (read is null || read.Length != 16) return false;
            ids.Add(read);
        }
        end = at + 1;
        return ids.Count > 0;
    }

    private static int SkipSpace(byte[] pdf, int at)
    {
        while (at < pdf.Length && pdf[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') at++;
        return at;
    }

    private static byte[]? ReadHexString(byte[] pdf, ref int at)
    {
        var close = Array.IndexOf(pdf, (byte)'>', at);
        if (close < 0) return null;
        var hex = Encoding.ASCII.GetString(pdf, at + 1, close - at - 1);
        at = close + 1;
        return hex.Length % 2 == 0 && hex.All(Uri.IsHexDigit) ? Convert.FromHexString(hex) : null;
    }

    /// <summary>A PDF literal string (ISO 32000-1, 7.3.4.2): balanced parentheses, backslash escapes, octal codes.</summary>
    private static byte[]? ReadLiteralString(byte[] pdf, ref int at)
    {
        var bytes = new List<byte>();
        var depth = 0;
        var i = at + 1;
        while (i < pdf.Length)
        {
            var c = pdf[i++];
            if (c == (byte)'\\')
            {
                if (i >= pdf.Length) return null;
                var e = pdf[i++];
                if (e is >= (byte)'0' and <= (byte)'7')
                {
                    var value = e - '0';
                    for (var k = 0; k < 2 && i < pdf.Length && pdf[i] is >= (byte)'0' and <= (byte)'7'; k++)
                        value = value * 8 + (pdf[i++] - '0');
                    bytes.Add((byte)value);
                    continue;
                }
                switch (e)
                {
                    case (byte)'n': bytes.Add((byte)'\n'); break;
                    case (byte)'r': bytes.Add((byte)'\r'); break;
                    case (byte)'t': bytes.Add((byte)'\t'); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case (byte)'\r':
                        if (i < pdf.Length && pdf[i] == (byte)'\n') i++;
                        break;
                    case (byte)'\n': break;
                    default: bytes.Add(e); break;
                }
                continue;
            }
            if (c == (byte)'(') depth++;
            else if (c == (byte)')')
            {
                if (depth == 0)
                {
                    at = i;
                    return [.. bytes];
                }
                depth--;
            }
            bytes.Add(c);
        }
        return null;
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
