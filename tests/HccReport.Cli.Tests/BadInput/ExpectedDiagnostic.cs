namespace HccReport.Cli.Tests.BadInput;

/// <summary>One diagnostic a case expects on one line of stderr: <c>{At}: {Severity} {Code}: ...{Fix}...</c>.</summary>
/// <param name="Code">The diagnostic code, e.g. <c>Spec.UnknownKey</c>.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="At">The place as printed, without the case's folder: <c>spec.yaml(3,1)</c> or <c>data.csv(row 6, id P02, column id)</c>.</param>
/// <param name="Fix">A phrase of the message or suggestion that tells the user what to do.</param>
/// <param name="ValidateOnly">Printed by validate only (render stops before reporting it).</param>
internal sealed record ExpectedDiagnostic(string Code, string Severity, string At, string Fix, bool ValidateOnly = false)
{
    /// <summary>The text every matching line holds: the place, the severity and the code, compiler style.</summary>
    public string Head => $"{At}: {Severity} {Code}: ";

    public override string ToString() => $"{Head}...{Fix}";
}
