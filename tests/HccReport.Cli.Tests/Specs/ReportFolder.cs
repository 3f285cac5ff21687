using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace HccReport.Cli.Tests.Specs;

/// <summary>A rendered report folder: its files, their bytes, and the text a reader could get out of each.</summary>
internal sealed partial class ReportFolder(string path)
{
    private static readonly string[] TextExtensions = [".html", ".json", ".csv", ".svg"];

    /// <summary>The folder.</summary>
    public string Path { get; } = path;

    /// <summary>Every file below the folder, relative with '/' separators, in ordinal order.</summary>
    public IReadOnlyList<string> Files =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The bytes of a file.</summary>
    public byte[] Bytes(string relative) => File.ReadAllBytes(Full(relative));

    /// <summary>The UTF-8 text of a file.</summary>
    public string Text(string relative) => File.ReadAllText(Full(relative), Encoding.UTF8);

    /// <summary>The full path of a file.</summary>
    public string Full(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>
    /// The text of every file a person or a script could read: HTML, JSON, CSV and SVG as they are (attributes and
    /// metadata included), the PDF as PdfPig extracts it (words and letters of every page, the information dictionary)
    /// plus its raw bytes (the XMP metadata is not compressed). PNG files hold pixels only and are left out: they are
    /// the SVG figures drawn.
    /// </summary>
    public IEnumerable<(string File, string Text)> ReadableText()
    {
        foreach (var file in Files)
        {
            var extension = System.IO.Path.GetExtension(file);
            if (TextExtensions.Contains(extension, StringComparer.Ordinal))
            {
                yield return (file, Text(file));
            }
            else if (extension == ".pdf")
            {
                yield return (file, PdfText(file));
                yield return (file + " (raw bytes)", Encoding.Latin1.GetString(Bytes(file)));
            }
        }
    }

    /// <summary>What PdfPig reads from a PDF: the information dictionary, then each page's words and its letters run together.</summary>
    public string PdfText(string relative)
    {
        using var document = PdfDocument.Open(Bytes(relative));
        var text = new StringBuilder();
        var info = document.Information;
        foreach (var value in new[] { info.Title, info.Author, info.Subject, info.Keywords, info.Creator, info.Producer })
            text.AppendLine(value);
        foreach (var page in document.GetPages())
        {
            text.AppendLine(string.Join(" ", page.GetWords().Select(w => w.Text)));
            text.AppendLine(page.Text);
        }
        return text.ToString();
    }

    /// <summary>The PDF's pages: each page's words in content order, with the left and bottom of each word.</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y, string Text)>> PdfWords(string relative)
    {
        using var document = PdfDocument.Open(Bytes(relative));
        return [.. document.GetPages().Select(page =>
            (IReadOnlyList<(double X, double Y, string Text)>)[.. page.GetWords().Select(w => (w.BoundingBox.Left, w.BoundingBox.Bottom, w.Text))])];
    }

    /// <summary>The text elements of an SVG figure, trimmed, with their position (the first x when a text lists one per glyph).</summary>
    public IReadOnlyList<(double X, double Y, string Text)> SvgTexts(string relative) =>
        [.. SvgText().Matches(Text(relative)).Select(m => (
            Number(m.Groups["x"].Value),
            Number(m.Groups["y"].Value),
            System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value).Replace('\u00a0', ' ').Trim()))];

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<text\b[^>]*?\bx=""(?<x>-?[0-9.]+)[^""]*""[^>]*?\by=""(?<y>-?[0-9.]+)""[^>]*>(?<text>.*?)</text>", RegexOptions.Singleline)]
    private static partial Regex SvgText();
}
