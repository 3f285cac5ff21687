using System.CommandLine;
using HccReport.Synthetic;

namespace HccReport.Cli.Commands;

/// <summary>
/// <c>hccreport synthesize lenvatinib [--out FILE] [--seed N]</c>: writes the flagship's synthetic cohort, the
/// same bytes for the same seed on every machine (config/lenvatinib-cohort-synthetic.csv is this output).
/// </summary>
internal static class SynthesizeCommand
{
    public static Command Create(Option<bool> verbose, TextWriter stdout, TextWriter stderr)
    {
        var cohort = new Argument<string>("cohort") { Description = "Which synthetic cohort: lenvatinib." };
        var output = new Option<string?>("--out", "-o") { Description = $"CSV file to write (default: {LenvatinibCohort.DefaultFileName} in the current folder)." };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed; the default reproduces the committed cohort.",
            DefaultValueFactory = _ => LenvatinibCohort.DefaultSeed,
        };
        var command = new Command("synthesize", "Write a synthetic cohort CSV (the flagship study's data are not public).") { cohort, output, seed };
        command.SetAction(parse => CommandGuard.Run(stderr, parse.GetValue(verbose), () =>
        {
            if (!string.Equals(parse.GetValue(cohort), "lenvatinib", StringComparison.OrdinalIgnoreCase))
            {
                stderr.WriteLine($"error: unknown synthetic cohort '{parse.GetValue(cohort)}'; the one available is 'lenvatinib'.");
                return ExitCodes.Failure;
            }
            var path = parse.GetValue(output) ?? LenvatinibCohort.DefaultFileName;
            var patients = LenvatinibCohort.Generate(parse.GetValue(seed));
            LenvatinibCohort.WriteCsv(patients, path);
            stdout.WriteLine($"Wrote {patients.Count} synthetic patients to {path} (seed {parse.GetValue(seed)}).");
            return ExitCodes.Success;
        }));
        return command;
    }
}
