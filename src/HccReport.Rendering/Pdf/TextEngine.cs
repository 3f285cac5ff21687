using System.Globalization;
using System.Text;
using HccReport.Rendering.Fonts;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace HccReport.Rendering.Pdf;

/// <summary>
/// Measures, wraps and draws text with the bundled Liberation Sans, shaped by HarfBuzz. Characters Liberation
/// Sans lacks (Chinese, Japanese, Korean names) are drawn with a fallback typeface per run: the spec's
/// <c>font</c> family if it has them, else the first installed family that does, preferring the usual CJK
/// families. Characters no installed font can draw are collected in <see cref="Missing"/> so that the report
/// can say so instead of printing empty boxes silently.
/// </summary>
/// <remarks>
/// The NoDependencies build of Skia has no fontconfig and so no per-character fallback of its own; this class
/// looks through <see cref="SKFontManager.Default"/>'s families instead.
/// </remarks>
internal sealed class TextEngine : IDisposable
{
    /// <summary>CJK families tried first, TrueType outlines before CFF ones (CFF fonts become Type 3 in the PDF and extract less well).</summary>
    private static readonly string[] PreferredFallbacks =
    [
        "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "Noto Sans CJK SC", "Noto Sans SC",
        "Source Han Sans SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans CJK KR", "AR PL UMing CN", "Unifont",
    ];

    private readonly string? fallbackFamily;
    private readonly Dictionary<int, SKTypeface?> fallbackByCodepoint = [];
    private readonly Dictionary<SKTypeface, SKShaper> shapers = [];
    private readonly Dictionary<(string, SKTypeface, float, bool), float> widths = [];
    private readonly SortedSet<int> missing = [];
    private List<SKTypeface>? installed;

    public TextEngine(string? fallbackFamily) => this.fallbackFamily = fallbackFamily;

    /// <summary>Characters that no available font can draw, as text; empty when every character could be drawn.</summary>
    public string Missing => string.Concat(missing.Select(char.ConvertFromUtf32));

    /// <summary>Records every character of <paramref name="texts"/> that no available font can draw.</summary>
    public void Scan(IEnumerable<string> texts)
    {
        // Cutting the text into runs looks up a fallback for every character the bundled font lacks.
        foreach (var text in texts) _ = Segments(text, new TextStyle(10)).Count();
    }

    /// <summary>The width of <paramref name="text"/> in points.</summary>
    public float Measure(string text, TextStyle style)
    {
        var width = 0f;
        foreach (var (segment, typeface, embolden) in Segments(text, style))
            width += MeasureSegment(segment, typeface, style.Size, embolden);
        return width;
    }

    /// <summary>Breaks the spans into lines no wider than <paramref name="width"/> (a word wider than that is broken by characters).</summary>
    public IReadOnlyList<TextLine> Wrap(IReadOnlyList<TextSpan> spans, float width)
    {
        var lines = new List<TextLine>();
        var pieces = new List<TextSpan>();
        var lineWidth = 0f;
        var pendingSpace = 0f;

        void Flush()
        {
            lines.Add(new TextLine(Merge(pieces), lineWidth));
            pieces = [];
            lineWidth = 0;
            pendingSpace = 0;
        }

        foreach (var span in spans)
        {
            foreach (var token in Tokens(span.Text))
            {
                if (token == "\n")
                {
                    Flush();
                    continue;
                }
                var word = token.TrimEnd(' ');
                var wordWidth = Measure(word, span.Style);
                var spaceWidth = token.Length > word.Length ? Measure(token[word.Length..], span.Style) : 0;
                if (pieces.Count > 0 && lineWidth + pendingSpace + wordWidth > width + 0.01f)
                    Flush();
                if (pieces.Count == 0 && wordWidth > width + 0.01f)
                {
                    // A word longer than the line: break it by characters.
                    var chunk = new StringBuilder();
                    foreach (var element in TextElements(word))
                    {
                        if (chunk.Length > 0 && Measure(chunk + element, span.Style) > width)
                        {
                            pieces.Add(span with { Text = chunk.ToString() });
                            lineWidth = Measure(chunk.ToString(), span.Style);
                            Flush();
                            chunk.Clear();
                        }
                        chunk.Append(element);
                    }
                    word = chunk.ToString();
                    wordWidth = Measure(word, span.Style);
                }
                if (pieces.Count > 0 && pendingSpace > 0)
                {
                    var last = pieces[^1];
                    pieces[^1] = last with { Text = last.Text + " " };
                    lineWidth += pendingSpace;
                }
                pieces.Add(span with { Text = word });
                lineWidth += wordWidth;
                pendingSpace = spaceWidth;
            }
        }
        if (pieces.Count > 0 || lines.Count == 0) Flush();
        return lines;
    }

    /// <summary>Draws a line with its left end at <paramref name="x"/> and its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(SKCanvas canvas, TextLine line, float x, float baseline)
    {
        foreach (var piece in line.Pieces)
            x += Draw(canvas, piece.Text, piece.Style, x, baseline);
    }

    /// <summary>Draws a single run and returns its width.</summary>
    public float Draw(SKCanvas canvas, string text, TextStyle style, float x, float baseline)
    {
        var start = x;
        using var paint = new SKPaint { Color = style.SkColor, IsAntialias = true };
        foreach (var (segment, typeface, embolden) in Segments(text, style))
        {
            using var font = Font(typeface, style.Size, embolden);
            canvas.DrawShapedText(Shaper(typeface), segment, x, baseline, SKTextAlign.Left, font, paint);
            x += MeasureSegment(segment, typeface, style.Size, embolden);
        }
        return x - start;
    }

    public void Dispose()
    {
        foreach (var shaper in shapers.Values) shaper.Dispose();
        shapers.Clear();
    }

    /// <summary>The text cut into runs that one typeface can draw, with whether to embolden a fallback face synthetically.</summary>
    private IEnumerable<(string Text, SKTypeface Typeface, bool Embolden)> Segments(string text, TextStyle style)
    {
        var primary = ReportFonts.Get(style.Bold, style.Italic);
        var current = new StringBuilder();
        SKTypeface? currentFace = null;
        foreach (var element in TextElements(text))
        {
            var codepoint = char.ConvertToUtf32(element, 0);
            SKTypeface face;
            if (char.IsWhiteSpace(element[0]) || char.IsControl(element[0]))
                face = currentFace ?? primary; // spaces stay with the run they are in
            else if (primary.ContainsGlyph(codepoint))
                face = primary;
            else
                face = Fallback(codepoint) ?? primary;
            if (currentFace is not null && face != currentFace)
            {
                yield return (current.ToString(), currentFace, style.Bold && currentFace != primary);
                current.Clear();
            }
            currentFace = face;
            current.Append(element);
        }
        if (currentFace is not null) yield return (current.ToString(), currentFace, style.Bold && currentFace != primary);
    }

    private SKTypeface? Fallback(int codepoint)
    {
        if (fallbackByCodepoint.TryGetValue(codepoint, out var cached)) return cached;
        SKTypeface? found = null;
        if (fallbackFamily is not null && SKFontManager.Default.MatchFamily(fallbackFamily) is { } named && named.ContainsGlyph(codepoint))
            found = named;
        found ??= Installed().FirstOrDefault(t => t.ContainsGlyph(codepoint));
        if (found is null) missing.Add(codepoint);
        fallbackByCodepoint[codepoint] = found;
        return found;
    }

    /// <summary>Installed typefaces in the order they are tried: the preferred CJK families, then the others by name.</summary>
    private List<SKTypeface> Installed()
    {
        if (installed is not null) return installed;
        var manager = SKFontManager.Default;
        var families = manager.FontFamilies.Distinct(StringComparer.Ordinal).ToList();
        var ordered = PreferredFallbacks.Where(families.Contains)
            .Concat(families.Where(f => !PreferredFallbacks.Contains(f) && f != ReportFonts.Family).Order(StringComparer.Ordinal));
        installed = [.. ordered.Select(f => manager.MatchFamily(f)).OfType<SKTypeface>()];
        return installed;
    }

    private SKShaper Shaper(SKTypeface typeface)
    {
        if (!shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            shapers[typeface] = shaper;
        }
        return shaper;
    }

    private float MeasureSegment(string text, SKTypeface typeface, float size, bool embolden)
    {
        if (text.Length == 0) return 0;
        var key = (text, typeface, size, embolden);
        if (widths.TryGetValue(key, out var width)) return width;
        using var font = Font(typeface, size, embolden);
        width = Shaper(typeface).Shape(text, font).Width;
        widths[key] = width;
        return width;
    }

    private static SKFont Font(SKTypeface typeface, float size, bool embolden) =>
        new(typeface, size) { Embolden = embolden, Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };

    /// <summary>Words with their trailing spaces; every CJK character is a word of its own (it may break anywhere); "\n" forces a break.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        foreach (var element in TextElements(text))
        {
            if (element == "\n")
            {
                if (token.Length > 0) yield return token.ToString();
                token.Clear();
                yield return "\n";
                continue;
            }
            var isSpace = element == " ";
            if (!isSpace && token.Length > 0 && (token[^1] == ' ' || IsCjk(element) || IsCjk(token.ToString(token.Length - 1, 1))))
            {
                yield return token.ToString();
                token.Clear();
            }
            token.Append(element);
        }
        if (token.Length > 0) yield return token.ToString();
    }

    private static bool IsCjk(string element)
    {
        var c = char.ConvertToUtf32(element, 0);
        return c is >= 0x2E80 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x2FA1F;
    }

    private static IEnumerable<string> TextElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext()) yield return (string)enumerator.Current;
    }

    /// <summary>Joins adjacent pieces of the same style so that a line is drawn in as few runs as possible.</summary>
    private static List<TextSpan> Merge(List<TextSpan> pieces)
    {
        var merged = new List<TextSpan>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && merged[^1].Style == piece.Style)
                merged[^1] = merged[^1] with { Text = merged[^1].Text + piece.Text };
            else
                merged.Add(piece);
        }
        return merged;
    }
}
