using System.Reflection;
using SkiaSharp;

namespace HccReport.Rendering.Fonts;

/// <summary>
/// The typefaces every document and figure uses. Liberation Sans (SIL Open Font License, metrics of
/// Arial) ships inside this assembly, so a report looks, measures and hashes the same on every machine
/// whatever fonts it has installed. Each typeface is loaded once and shared: loading a font twice
/// makes the PDF embed it twice.
/// </summary>
public static class ReportFonts
{
    /// <summary>The family name figures and documents ask for.</summary>
    public const string Family = "Liberation Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("LiberationSans-Regular.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("LiberationSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> ItalicFace = new(() => Load("LiberationSans-Italic.ttf"));
    private static readonly Lazy<SKTypeface> BoldItalicFace = new(() => Load("LiberationSans-BoldItalic.ttf"));

    /// <summary>Regular weight.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>Bold weight.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>Italic.</summary>
    public static SKTypeface Italic => ItalicFace.Value;

    /// <summary>Bold italic.</summary>
    public static SKTypeface BoldItalic => BoldItalicFace.Value;

    /// <summary>The typeface for a weight and slant.</summary>
    public static SKTypeface Get(bool bold, bool italic) =>
        (bold, italic) switch
        {
            (false, false) => Regular,
            (true, false) => Bold,
            (false, true) => Italic,
            (true, true) => BoldItalic,
        };

    /// <summary>The raw bytes of a bundled font file, for writers that embed fonts themselves (SVG, HTML).</summary>
    public static byte[] FileBytes(bool bold, bool italic)
    {
        var name = (bold, italic) switch
        {
            (false, false) => "LiberationSans-Regular.ttf",
            (true, false) => "LiberationSans-Bold.ttf",
            (false, true) => "LiberationSans-Italic.ttf",
            (true, true) => "LiberationSans-BoldItalic.ttf",
        };
        using var stream = Open(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static SKTypeface Load(string file)
    {
        using var stream = Open(file);
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"Bundled font {file} could not be read.");
    }

    private static Stream Open(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("HccReport.Rendering.Fonts." + file)
        ?? throw new InvalidOperationException($"Bundled font {file} is missing from the assembly.");
}
