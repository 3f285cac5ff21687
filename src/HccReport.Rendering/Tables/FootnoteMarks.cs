namespace HccReport.Rendering.Tables;

/// <summary>
/// Hands out footnote marks in the conventional order (*, †, ‡, §, ¶, **) to the notes a table's cells
/// refer to, one mark per distinct note, in order of first use.
/// </summary>
internal sealed class FootnoteMarks
{
    private static readonly string[] Symbols = ["*", "\u2020", "\u2021", "\u00a7", "\u00b6", "**", "\u2020\u2020", "\u2021\u2021"];
    private readonly List<string> notes = [];

    /// <summary>The mark of this note, assigning the next one on first use.</summary>
    public string For(string note)
    {
        var index = notes.IndexOf(note);
        if (index < 0)
        {
            notes.Add(note);
            index = notes.Count - 1;
        }
        return index < Symbols.Length ? Symbols[index] : new string('*', index + 1);
    }

    /// <summary>The notes with their marks, in order of first use: "* Pearson's chi-square test."</summary>
    public IEnumerable<string> Notes() => notes.Select((note, i) => For(note) + " " + note);
}
