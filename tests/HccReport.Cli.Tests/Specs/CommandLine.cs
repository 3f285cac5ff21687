using System.Diagnostics;
using System.Globalization;

namespace HccReport.Cli.Tests.Specs;

/// <summary>Runs <c>hccreport</c> in this process (optionally under a culture) or as a child process with its own environment.</summary>
internal static class CommandLine
{
    /// <summary>Runs the command line in this process under <paramref name="culture"/> (culture and UI culture), restoring them after.</summary>
    public static CliResult Run(CultureInfo culture, params string[] args)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            var code = HccReportApp.Run(args, stdout, stderr);
            return new CliResult(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    /// <summary>Runs the command line in this process under the invariant culture.</summary>
    public static CliResult Run(params string[] args) => Run(CultureInfo.InvariantCulture, args);

    /// <summary>
    /// Runs the built hccreport.dll (copied next to this test assembly by the project reference) with <c>dotnet</c>,
    /// with <paramref name="environment"/> set on top of this process's environment (LANG, LC_ALL, TZ...).
    /// </summary>
    public static CliResult RunProcess(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "hccreport.dll");
        Assert.True(File.Exists(dll), $"hccreport.dll is not next to the test assembly ({AppContext.BaseDirectory})");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>The dotnet host running these tests (testhost runs under it), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
