namespace HccReport.Cli.Commands;

/// <summary>Which documents <c>--format</c> asked for.</summary>
internal sealed record DocumentFormats(bool Pdf, bool Html)
{
    /// <summary>Reads "pdf", "html" or "pdf,html" (any order, any case); null for anything else.</summary>
    public static DocumentFormats? Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.ToLowerInvariant()).ToArray();
        if (parts.Length == 0 || parts.Any(p => p is not ("pdf" or "html"))) return null;
        return new DocumentFormats(parts.Contains("pdf"), parts.Contains("html"));
    }
}
