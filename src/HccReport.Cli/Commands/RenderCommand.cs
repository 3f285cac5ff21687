using System.CommandLine;
using HccReport.Analysis;
using HccReport.Cli.Output;
using HccReport.Core;
using HccReport.Core.Diagnostics;
using HccReport.Results;

namespace HccReport.Cli.Commands;

/// <summary>
/// <c>hccreport render SPEC.yaml [--out DIR] [--format pdf,html]</c>: computes every analysis and writes the
/// report folder atomically (the complete new report, or the previous one untouched).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(Option<bool> verbose, TextWriter stdout, TextWriter stderr)
    {
        var spec = new Argument<string>("spec") { Description = "The analysis spec (YAML)." };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Report folder (default: output/<spec name>/ under the current folder).",
        };
        var format = new Option<string>("--format")
        {
            Description = "Documents to write: pdf, html or both (pdf,html). results.json, tables and figures are always written.",
            DefaultValueFactory = _ => "pdf,html",
        };
        var command = new Command("render", "Compute every analysis and write the report.") { spec, output, format };
        command.SetAction(parse => CommandGuard.Run(stderr, parse.GetValue(verbose), () =>
        {
            var specPath = parse.GetValue(spec)!;
            var formats = DocumentFormats.Parse(parse.GetValue(format)!);
            if (formats is null)
            {
                stderr.WriteLine($"error: --format takes pdf, html or pdf,html, not '{parse.GetValue(format)}'.");
                return ExitCodes.Failure;
            }
            var progress = new StageProgress(stderr);
            progress.Stage("Reading the spec and the data");
            var study = Study.Load(specPath);
            progress.Stage("Computing the analyses");
            var warnings = new DiagnosticBag();
            warnings.AddRange(study.Warnings);
            var results = ReportBuilder.Build(study, warnings);
            if (warnings.Items.Count > 0)
                DiagnosticPrinter.Print(stderr, warnings.Items);

            var target = parse.GetValue(output) ?? OutputLocation.Default(specPath);
            var inputs = new List<string> { specPath, study.Spec.Data.Path };
            if (study.Spec.Template is { } template) inputs.Add(template);
            if (OutputLocation.Conflict(target, inputs) is { } conflict)
            {
                stderr.WriteLine($"error: {conflict}. Choose another folder with --out.");
                return ExitCodes.Failure;
            }
            progress.Stage("Writing the report");
            AtomicOutputDirectory.Write(target, folder => ReportWriter.Write(results, study.Spec, formats, folder));
            progress.Done();
            stdout.WriteLine($"Wrote {Path.GetFullPath(target)}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
