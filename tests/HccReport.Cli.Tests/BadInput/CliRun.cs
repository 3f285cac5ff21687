namespace HccReport.Cli.Tests.BadInput;

/// <summary>Runs <c>hccreport</c> in process with captured output; the command line must never throw.</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit;
        try
        {
            exit = HccReportApp.Run(args, stdout, stderr);
        }
        catch (Exception e)
        {
            Assert.Fail($"hccreport {string.Join(' ', args)} threw instead of returning an exit code: {e}");
            throw;
        }
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
