using System.Globalization;
using System.Xml.Linq;

namespace HccReport.Rendering.Tests.Figures;

/// <summary>The <c>&lt;text&gt;</c> elements of an SVG as written by Skia: content, glyph x positions, baseline y.</summary>
internal static class SvgTexts
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public sealed record Text(string Content, IReadOnlyList<double> X, double Y, string? Transform);

    public static IReadOnlyList<Text> Read(string svg)
    {
        var document = XDocument.Parse(svg);
        return document.Descendants(Svg + "text")
            .Select(e => new Text(
                e.Value.Trim(),
                Numbers(e.Attribute("x")?.Value),
                Numbers(e.Attribute("y")?.Value).FirstOrDefault(),
                e.Attribute("transform")?.Value))
            .ToList();
    }

    private static IReadOnlyList<double> Numbers(string? list) =>
        list is null
            ? []
            : list.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
}
