namespace HccReport.Rendering.Figures;

/// <summary>Greedy line breaking at spaces, by measured width.</summary>
internal static class TextWrap
{
    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> where spaces allow;
    /// a single word wider than that stays whole on its own line, so callers must size boxes to the measured
    /// lines, never to <paramref name="maxWidth"/>. Explicit line feeds are kept.
    /// </summary>
    public static IReadOnlyList<string> Lines(string text, TextStyle style, float maxWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                lines.Add("");
                continue;
            }

            var line = words[0];
            foreach (var word in words.Skip(1))
            {
                var candidate = line + " " + word;
                if (style.Width(candidate) <= maxWidth)
                {
                    line = candidate;
                }
                else
                {
                    lines.Add(line);
                    line = word;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Width of the widest line.</summary>
    public static float Widest(IEnumerable<string> lines, TextStyle style) =>
        lines.Select(style.Width).DefaultIfEmpty(0).Max();
}
