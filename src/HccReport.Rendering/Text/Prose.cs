namespace HccReport.Rendering.Text;

/// <summary>Small rules of English prose used by the generated sentences.</summary>
internal static class Prose
{
    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };

    /// <summary>
    /// A label to be used inside a sentence: its first letter lower-cased, unless the label starts with an
    /// abbreviation ("AFP > 400 ng/mL", "PFS from second-line start") or a single capital letter.
    /// </summary>
    public static string Inline(string label)
    {
        if (label.Length < 2 || !char.IsUpper(label[0])) return label;
        if (char.IsUpper(label[1]) || char.IsDigit(label[1]) || !char.IsLetter(label[1])) return label;
        return char.ToLowerInvariant(label[0]) + label[1..];
    }

    /// <summary>The label with its first letter upper-cased, to start a sentence.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
