namespace HccReport.Rendering.Tables;

/// <summary>One formatted cell.</summary>
/// <param name="Text">The text as printed.</param>
/// <param name="Mark">A footnote mark printed as a superscript after the text (for example the test used).</param>
/// <param name="Emphasis">Printed in bold (a mismatch in the checks table, a group heading row).</param>
public sealed record TableCell(string Text, string? Mark = null, bool Emphasis = false)
{
    /// <summary>The text with its mark, as the CSV file holds it.</summary>
    public string PlainText => Mark is null ? Text : Text + Mark;
}
