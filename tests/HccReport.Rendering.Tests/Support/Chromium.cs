using System.Diagnostics;

namespace HccReport.Rendering.Tests.Support;

/// <summary>Finds Debian's chromium and runs it headless, isolated from the network and from any profile.</summary>
internal static class Chromium
{
    private static readonly Lazy<string?> Path_ = new(Find);

    public static string? Path => Path_.Value;

    private static string? Find()
    {
        var names = new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator).Concat(["/usr/bin", "/usr/local/bin", "/snap/bin"]);
        return dirs.SelectMany(d => names.Select(n => System.IO.Path.Combine(d, n))).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs chromium headless with the arguments and returns its exit code and standard error.</summary>
    public static (int ExitCode, string Stderr, string Stdout) Run(string workDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium not found"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workDirectory,
        };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--disable-extensions", "--disable-default-apps",
                     "--user-data-dir=" + System.IO.Path.Combine(workDirectory, "profile"),
                 })
            start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 180 s");
        }
        return (process.ExitCode, stderr.Result, stdout.Result);
    }
}
