using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// Writes an opaque raster as an 8-bit RGB PNG with its density in a pHYs chunk. Skia's encoder (libpng and
/// zlib) took about 0.15 s per 300 dpi figure, most of a report's time; rows filtered with "sub" and compressed by
/// .NET's zlib at its fastest level take a small fraction of that, and the same pixels always give the same bytes.
/// </summary>
internal static class PngWriter
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The PNG of <paramref name="pixmap"/> (RGBA 8888 on an opaque background: alpha is dropped) at <paramref name="dpi"/>.</summary>
    public static byte[] Encode(SKPixmap pixmap, int dpi)
    {
        if (pixmap.ColorType != SKColorType.Rgba8888)
            throw new ArgumentException($"Expected RGBA 8888 pixels, got {pixmap.ColorType}.", nameof(pixmap));
        int width = pixmap.Width, height = pixmap.Height;
        var source = pixmap.GetPixelSpan();
        var stride = pixmap.RowBytes;

        using var output = new MemoryStream(width * height / 2);
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;  // bits per channel
        header[9] = 2;  // truecolour (RGB)
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering, one filter byte per row
        header[12] = 0; // not interlaced
        WriteChunk(output, "IHDR", header);

        Span<byte> density = stackalloc byte[9];
        var pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        BinaryPrimitives.WriteUInt32BigEndian(density, pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(density[4..], pixelsPerMetre);
        density[8] = 1; // unit: metre
        WriteChunk(output, "pHYs", density);

        using var compressed = new MemoryStream(width * height / 2);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + 3 * width];
            row[0] = 1; // "sub": each byte minus the byte of the pixel to its left
            for (var y = 0; y < height; y++)
            {
                var line = source.Slice(y * stride, 4 * width);
                byte pr = 0, pg = 0, pb = 0;
                for (int x = 0, o = 1; x < width; x++, o += 3)
                {
                    byte r = line[4 * x], g = line[4 * x + 1], b = line[4 * x + 2];
                    // Differences wrap modulo 256, as the PNG filter defines them.
                    row[o] = unchecked((byte)(r - pr));
                    row[o + 1] = unchecked((byte)(g - pg));
                    row[o + 2] = unchecked((byte)(b - pb));
                    (pr, pg, pb) = (r, g, b);
                }
                zlib.Write(row);
            }
        }
        WriteChunk(output, "IDAT", compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        Span<byte> name = stackalloc byte[4];
        Encoding.ASCII.GetBytes(type, name);
        output.Write(name);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(name);
        crc.Append(data);
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, crc.GetCurrentHashAsUInt32());
        output.Write(checksum);
    }
}
