using System.CommandLine;
using HccReport.Cli.Commands;

namespace HccReport.Cli;

/// <summary>The <c>hccreport</c> command line: render, validate and synthesize.</summary>
public static class HccReportApp
{
    /// <summary>Runs the command line with <paramref name="args"/>, writing to the given streams.</summary>
    /// <returns>0 on success, 2 when the spec or data is invalid, 1 for any other failure.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Print stack traces of unexpected errors.",
            Recursive = true,
        };
        var root = new RootCommand("HccReport: statistical reports for clinical cohort studies from a YAML analysis spec.")
        {
            RenderCommand.Create(verbose, stdout, stderr),
            ValidateCommand.Create(verbose, stdout, stderr),
            SynthesizeCommand.Create(verbose, stdout, stderr),
        };
        root.Options.Add(verbose);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parse.Invoke(configuration);
    }
}
