namespace HccReport.Core.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The report cannot be made; <c>hccreport</c> exits with code 2.</summary>
    Error,

    /// <summary>The report is made, but the user should know (for example rows left out of one analysis).</summary>
    Warning,
}
