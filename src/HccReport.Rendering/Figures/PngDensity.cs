using System.Buffers.Binary;
using System.Text;

namespace HccReport.Rendering.Figures;

/// <summary>
/// Writes a PNG <c>pHYs</c> chunk (pixels per metre) so word processors and journals' upload checks read
/// the intended resolution; Skia's PNG encoder records none.
/// </summary>
internal static class PngDensity
{
    private const int SignatureLength = 8;
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>
    /// The PNG with a pHYs chunk for <paramref name="dpi"/> right after IHDR (where the PNG specification
    /// requires it: before the first IDAT), replacing any pHYs already there.
    /// </summary>
    public static byte[] Insert(byte[] png, int dpi)
    {
        var ihdrEnd = SignatureLength + ChunkLength(png, SignatureLength);
        if (ChunkType(png, SignatureLength) != "IHDR")
            throw new ArgumentException("Not a PNG: IHDR must be the first chunk.", nameof(png));

        var output = new MemoryStream(png.Length + 21);
        output.Write(png, 0, ihdrEnd);
        WriteDensityChunk(output, (uint)Math.Round(dpi / 0.0254));
        for (int at = ihdrEnd; at < png.Length;)
        {
            int length = ChunkLength(png, at);
            if (ChunkType(png, at) != "pHYs")
                output.Write(png, at, length);
            at += length;
        }

        return output.ToArray();
    }

    /// <summary>Pixels per metre recorded in the pHYs chunk, or null when there is none (for tests and checks).</summary>
    public static uint? Read(byte[] png)
    {
        for (int at = SignatureLength; at < png.Length; at += ChunkLength(png, at))
        {
            if (ChunkType(png, at) == "pHYs")
                return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8, 4));
        }

        return null;
    }

    /// <summary>Whole chunk length: 4 length bytes, 4 type bytes, the data and 4 CRC bytes.</summary>
    private static int ChunkLength(byte[] png, int at) => 12 + (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at, 4));

    private static string ChunkType(byte[] png, int at) => Encoding.ASCII.GetString(png, at + 4, 4);

    private static void WriteDensityChunk(Stream output, uint pixelsPerMetre)
    {
        Span<byte> chunk = stackalloc byte[21];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        Encoding.ASCII.GetBytes("pHYs", chunk[4..8]);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[8..], pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[12..], pixelsPerMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk[17..], Crc(chunk[4..17]));
        output.Write(chunk);
    }

    /// <summary>The CRC-32 of ISO 3309 that PNG chunks carry, over the type and data bytes.</summary>
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in bytes)
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFF;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[n] = c;
        }

        return table;
    }
}
