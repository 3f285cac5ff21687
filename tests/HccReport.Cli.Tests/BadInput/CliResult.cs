namespace HccReport.Cli.Tests.BadInput;

/// <summary>What one run of <c>hccreport</c> returned and printed.</summary>
internal sealed record CliResult(int Exit, string Stdout, string Stderr);
