using System.Buffers.Binary;
using System.Text;

namespace HccReport.Rendering.Figures;

/// <summary>Reads the density a PNG records in its pHYs chunk (written by <see cref="PngWriter"/>), for tests and checks.</summary>
internal static class PngDensity
{
    private const int SignatureLength = 8;

    /// <summary>Pixels per metre recorded in the pHYs chunk, or null when there is none.</summary>
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
}
