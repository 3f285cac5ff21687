using System.Globalization;
using HccReport.Core.Diagnostics;

namespace HccReport.Cli;

/// <summary>Prints diagnostics compiler style (<c>file(line,col): error Code: message</c>) and a count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            writer.WriteLine(diagnostic.Format());
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} error(s), {1} warning(s).", errors, warnings));
    }
}
