using System.Text;

namespace HccReport.Core.Diagnostics;

/// <summary>
/// One problem found in a spec or its data: a stable <see cref="Code"/> (see <see cref="DiagnosticCodes"/>),
/// a message in plain words, where it is and, when we can guess, what the user meant.
/// </summary>
/// <param name="Code">Stable code grouped by area, e.g. <c>Spec.UnknownKey</c>; tests and scripts rely on it.</param>
/// <param name="Severity">Error (no report) or warning.</param>
/// <param name="Message">What is wrong, one sentence, invariant culture.</param>
/// <param name="Location">Where; null only for problems with no place (none so far).</param>
/// <param name="Suggestion">What the user probably meant, e.g. "did you mean 'exclude'?"; null when no guess.</param>
/// <param name="RowIds">
/// The patient rows concerned ("id P02, P08"), printed on the console to help fix the data but kept out of
/// <see cref="Message"/>, so that a report that records the message never carries a patient identifier.
/// </param>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    SourceLocation? Location,
    string? Suggestion = null,
    string? RowIds = null)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// Compiler style, so editors and CI annotate it: <c>file(line,col): error Code: message did you mean 'x'?</c>.
    /// </summary>
    public string Format()
    {
        var text = new StringBuilder();
        if (Location is not null)
            text.Append(Location.Format()).Append(": ");
        text.Append(Severity == DiagnosticSeverity.Error ? "error " : "warning ")
            .Append(Code).Append(": ").Append(Message);
        if (RowIds is not null)
            text.Append(" Rows: id ").Append(RowIds).Append('.');
        if (Suggestion is not null)
            text.Append(' ').Append(Suggestion);
        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Format();
}
