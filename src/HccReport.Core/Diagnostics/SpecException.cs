namespace HccReport.Core.Diagnostics;

/// <summary>
/// The one exception that carries a user's spec or data problems up to the command line (exit code 2).
/// It holds every problem found, not only the first.
/// </summary>
public sealed class SpecException : Exception
{
    /// <summary>Creates the exception from the problems found; at least one should be an error.</summary>
    public SpecException(IReadOnlyList<Diagnostic> diagnostics)
        : base(FormatAll(diagnostics))
    {
        Diagnostics = diagnostics.ToArray();
    }

    /// <summary>Every problem found, errors and warnings, in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string FormatAll(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return diagnostics.Count == 0
            ? "The spec or its data is invalid."
            : string.Join(Environment.NewLine, diagnostics.Select(d => d.Format()));
    }
}
