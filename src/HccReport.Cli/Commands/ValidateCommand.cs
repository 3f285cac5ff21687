using System.CommandLine;
using HccReport.Analysis;
using HccReport.Core;
using HccReport.Core.Diagnostics;

namespace HccReport.Cli.Commands;

/// <summary>
/// <c>hccreport validate SPEC.yaml</c>: checks the spec and the data, and computes the analyses to find what only the
/// data can show (a constant covariate, collinear covariates, an expect path that names nothing), without writing anything.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(Option<bool> verbose, TextWriter stdout, TextWriter stderr)
    {
        var spec = new Argument<string>("spec") { Description = "The analysis spec (YAML)." };
        var command = new Command("validate", "Check the spec and its data without rendering.") { spec };
        command.SetAction(parse => CommandGuard.Run(stderr, parse.GetValue(verbose), () =>
        {
            var diagnostics = new DiagnosticBag();
            var study = Study.TryLoad(parse.GetValue(spec)!, diagnostics);
            if (diagnostics.HasErrors || study is null)
                throw new SpecException(diagnostics.Items);
            try
            {
                ReportBuilder.Build(study, diagnostics);
            }
            catch (SpecException e)
            {
                throw new SpecException([.. diagnostics.Items, .. e.Diagnostics]);
            }
            if (diagnostics.Items.Count > 0)
                DiagnosticPrinter.Print(stderr, diagnostics.Items);
            stdout.WriteLine($"{parse.GetValue(spec)}: valid ({study.Cohort.Screened} rows screened, {study.Cohort.Included} included, {study.Analyses.Count} analyses).");
            return ExitCodes.Success;
        }));
        return command;
    }
}
