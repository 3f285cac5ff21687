using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>
/// Whether an HTML report can make a request when opened: its Content-Security-Policy, and every place in the markup
/// and the CSS that names something to load.
/// </summary>
internal static class HtmlRequests
{
    private static readonly string[] UrlAttributes =
        ["src", "href", "srcset", "action", "formaction", "poster", "data", "background", "xlink:href", "ping", "manifest", "codebase", "cite", "longdesc"];

    private static readonly string[] LoadingElements = ["script", "iframe", "frame", "object", "embed", "link", "base", "form", "audio", "video", "source", "track", "applet"];

    /// <summary>The report's Content-Security-Policy meta tag, which must come before anything in the document.</summary>
    public static IElement Policy(IDocument document)
    {
        var policies = document.QuerySelectorAll("meta[http-equiv]")
            .Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.NotEmpty(policies);
        var first = policies[0];
        Assert.Same(document.Head, first.ParentElement);
        return first;
    }

    /// <summary>
    /// The policy forbids every request: default-src 'none', and no directive lets anything in but inline styles and
    /// data: images (no scheme, host, wildcard or 'self').
    /// </summary>
    public static void AssertForbidsNetwork(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d.Skip(1).ToArray(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["'none'"], directives["default-src"]);
        foreach (var (name, sources) in directives)
        {
            Assert.All(sources, source => Assert.True(source is "'none'" or "'unsafe-inline'" or "data:",
                $"{name} allows {source}, which could load something from outside the file"));
        }
    }

    /// <summary>Every element and attribute that would load or send something, and every url() or @import of the CSS.</summary>
    public static List<string> Requests(IDocument document)
    {
        var found = new List<string>();
        foreach (var element in document.All)
        {
            if (LoadingElements.Contains(element.LocalName, StringComparer.OrdinalIgnoreCase))
                found.Add($"<{element.LocalName}>");
            if (element.LocalName == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
                found.Add("<meta http-equiv=refresh>");
            foreach (var attribute in element.Attributes)
            {
                if (!UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase)) continue;
                var value = attribute.Value.Trim();
                if (value.StartsWith('#') || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) continue;
                found.Add($"<{element.LocalName} {attribute.Name}=\"{value}\">");
            }
            if (element.GetAttribute("style") is { } style && LoadsInCss(style)) found.Add($"<{element.LocalName} style=\"{style}\">");
        }
        foreach (var style in document.QuerySelectorAll("style"))
        {
            if (LoadsInCss(style.TextContent)) found.Add("<style> with url() or @import");
        }
        return found;
    }

    private static bool LoadsInCss(string css)
    {
        var text = css.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (text.Contains("@import", StringComparison.Ordinal)) return true;
        var at = 0;
        while ((at = text.IndexOf("url(", at, StringComparison.Ordinal)) >= 0)
        {
            at += 4;
            var target = text[at..].TrimStart('"', '\'');
            if (!target.StartsWith("data:", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
