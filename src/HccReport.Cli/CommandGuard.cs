using HccReport.Core.Diagnostics;

namespace HccReport.Cli;

/// <summary>
/// Runs a command body and turns what it throws into the contract's exit codes: spec and data problems
/// print their diagnostics (compiler style) and give 2; anything else prints one line and gives 1, with
/// the stack trace only under <c>--verbose</c>.
/// </summary>
internal static class CommandGuard
{
    public static int Run(TextWriter stderr, bool verbose, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (SpecException e)
        {
            DiagnosticPrinter.Print(stderr, e.Diagnostics);
            return ExitCodes.InvalidInput;
        }
        catch (HccReport.Rendering.Html.TemplateException e)
        {
            // The spec named a template that cannot be used: an input problem, reported like one.
            stderr.WriteLine($"error Template.Invalid: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"error: {e.Message}");
            if (verbose)
                stderr.WriteLine(e);
            else
                stderr.WriteLine("This is a fault in HccReport, not in your spec; run again with --verbose for details to report.");
            return ExitCodes.Failure;
        }
    }
}
