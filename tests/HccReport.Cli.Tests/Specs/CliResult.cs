namespace HccReport.Cli.Tests.Specs;

/// <summary>What a run of <c>hccreport</c> gave.</summary>
/// <param name="ExitCode">0 success, 1 failure, 2 invalid spec or data.</param>
/// <param name="Stdout">Standard output.</param>
/// <param name="Stderr">Standard error.</param>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}";
}
