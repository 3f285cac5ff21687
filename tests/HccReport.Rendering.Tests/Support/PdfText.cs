using UglyToad.PdfPig;

namespace HccReport.Rendering.Tests.Support;

/// <summary>Text of a PDF's pages as PdfPig extracts it, with runs of white space collapsed.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(string path) => Pages(File.ReadAllBytes(path));

    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Normalise(string.Join(" ", p.GetWords().Select(w => w.Text))))];
    }

    /// <summary>The text of one page (1-based).</summary>
    public static string Page(byte[] pdf, int number)
    {
        using var document = PdfDocument.Open(pdf);
        return Normalise(string.Join(" ", document.GetPage(number).GetWords().Select(w => w.Text)));
    }

    public static string Normalise(string text) => string.Join(" ", text.Replace('\u00a0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
