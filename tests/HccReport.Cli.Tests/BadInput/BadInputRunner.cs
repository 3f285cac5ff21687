using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HccReport.Cli.Tests.BadInput;

/// <summary>
/// Runs one bad-input case through the real command line, in process, and checks what the user would see:
/// <c>validate</c> and <c>render</c> exit with the expected code; each expected diagnostic is on one stderr line
/// with its place, code and fix; no stack trace; a failed render leaves no folder behind and leaves a previous
/// report byte-identical.
/// </summary>
internal static partial class BadInputRunner
{
    /// <summary>The corpus as copied next to the test assembly.</summary>
    public static string CorpusRoot { get; } = Path.Combine(AppContext.BaseDirectory, "BadInput");

    /// <summary>The case folders, by name.</summary>
    public static IEnumerable<string> CaseNames() =>
        Directory.GetDirectories(CorpusRoot).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    public static BadInputExpectation ExpectationOf(string name) =>
        BadInputExpectation.Load(Path.Combine(CorpusRoot, name, "expected.yaml"));

    /// <summary>Copies a corpus case to a temporary folder (so nothing can write into the corpus) and checks it.</summary>
    public static void CheckCorpusCase(string name)
    {
        using var work = new TempFolder();
        var folder = Path.Combine(work.Path, name);
        CopyFolder(Path.Combine(CorpusRoot, name), folder);
        Check(Path.Combine(folder, "spec.yaml"), ExpectationOf(name), work.Path);
    }

    /// <summary>Checks a prepared case: <paramref name="spec"/> is the spec path given to the command line.</summary>
    /// <param name="spec">The spec path as the user would type it.</param>
    /// <param name="expected">The expectation.</param>
    /// <param name="work">A scratch folder for the report folders.</param>
    public static void Check(string spec, BadInputExpectation expected, string work)
    {
        var validate = CliRun.Run("validate", spec);
        AssertExit(expected.ValidateExitCode, validate, "validate");
        if (expected.ValidateExitCode == expected.Exit && !expected.RenderWarns)
            AssertDiagnostics(expected.Diagnostics, validate, "validate", expected.Absent);

        // A render into a folder that does not exist: afterwards it still does not, and nothing is left beside it.
        var fresh = Path.Combine(work, "fresh", "report");
        var render = CliRun.Run("render", spec, "--out", fresh, "--format", "html");
        AssertExit(expected.Exit, render, "render");
        if (expected.Exit != 0 || expected.RenderWarns)
            AssertDiagnostics(expected.Diagnostics.Where(d => !d.ValidateOnly).ToArray(), render, "render", expected.Absent);
        if (expected.Exit != 0)
        {
            Assert.False(Directory.Exists(fresh), $"a failed render left {fresh} behind");
            var parent = Path.GetDirectoryName(fresh)!;
            Assert.True(!Directory.Exists(parent) || Directory.GetFileSystemEntries(parent).Length == 0,
                $"a failed render left files beside the report folder: {string.Join(", ", Directory.Exists(parent) ? Directory.GetFileSystemEntries(parent) : [])}");
        }
        else
        {
            AssertResults(Path.Combine(fresh, "results.json"), expected.Results);
        }

        // A render over a previous report: a failure leaves it byte for byte; a success replaces it whole.
        var previous = Path.Combine(work, "previous", "report");
        WritePreviousReport(previous);
        var before = Snapshot(previous);
        var again = CliRun.Run("render", spec, "--out", previous, "--format", "html");
        AssertExit(expected.Exit, again, "render over a previous report");
        if (expected.Exit != 0)
        {
            Assert.Equal(before, Snapshot(previous));
            Assert.Equal([previous], Directory.GetFileSystemEntries(Path.GetDirectoryName(previous)!));
        }
        else
        {
            Assert.False(File.Exists(Path.Combine(previous, "stale.txt")), "a successful render kept a file of the previous report");
            AssertResults(Path.Combine(previous, "results.json"), expected.Results);
        }
    }

    private static void AssertExit(int expected, CliResult result, string command)
    {
        Assert.True(expected == result.Exit,
            $"{command}: expected exit {expected}, got {result.Exit}.\nstderr:\n{result.Stderr}\nstdout:\n{result.Stdout}");
        AssertNoStackTrace(result, command);
    }

    /// <summary>No stack frame, exception type name or "fault in HccReport" line reaches the user without --verbose.</summary>
    public static void AssertNoStackTrace(CliResult result, string command)
    {
        var text = result.Stderr + result.Stdout;
        Assert.False(StackFrame().IsMatch(text), $"{command} printed a stack trace:\n{result.Stderr}");
        Assert.False(ExceptionName().IsMatch(text), $"{command} printed an exception:\n{result.Stderr}");
        Assert.DoesNotContain("fault in HccReport", text, StringComparison.Ordinal);
    }

    private static void AssertDiagnostics(IReadOnlyList<ExpectedDiagnostic> diagnostics, CliResult result, string command, IReadOnlyList<string> absent)
    {
        var lines = result.Stderr.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        foreach (var diagnostic in diagnostics)
        {
            Assert.True(lines.Any(l => l.Contains(diagnostic.Head, StringComparison.Ordinal) && l.Contains(diagnostic.Fix, StringComparison.Ordinal)),
                $"{command}: no stderr line holds '{diagnostic.Head}' and '{diagnostic.Fix}'.\nstderr:\n{result.Stderr}");
        }
        foreach (var code in absent)
            Assert.DoesNotContain($" {code}: ", result.Stderr, StringComparison.Ordinal);
        if (result.Exit == 2)
            Assert.Matches(@"(?m)^\d+ error\(s\), \d+ warning\(s\)\.\r?$", result.Stderr);
    }

    private static void AssertResults(string resultsJson, IReadOnlyDictionary<string, string> expected)
    {
        Assert.True(File.Exists(resultsJson), $"{resultsJson} was not written");
        var root = JsonNode.Parse(File.ReadAllText(resultsJson))!;
        foreach (var (path, value) in expected)
            Assert.True(value == Resolve(root, path), $"results.json {path}: expected {value}, found {Resolve(root, path) ?? "nothing"}");
    }

    /// <summary>A value of results.json by path (<c>flow.excluded[1].n</c>) as text, or null when the path names nothing.</summary>
    public static string? Resolve(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var index = -1;
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = part[..bracket];
                index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            }
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out var child))
                return null;
            node = child;
            if (index >= 0)
                node = node is JsonArray array && index < array.Count ? array[index] : null;
            if (node is null)
                return index >= 0 ? null : "null";
        }
        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node!.ToJsonString();
    }

    private static void WritePreviousReport(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "figures"));
        Directory.CreateDirectory(Path.Combine(folder, "tables"));
        File.WriteAllText(Path.Combine(folder, "results.json"), """{"title": "the previous report"}""");
        File.WriteAllText(Path.Combine(folder, "report.html"), "<html><body>previous</body></html>");
        File.WriteAllBytes(Path.Combine(folder, "figures", "km_os.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2, 3]);
        File.WriteAllText(Path.Combine(folder, "tables", "table1.csv"), "variable,n\nage,8\n");
        File.WriteAllText(Path.Combine(folder, "stale.txt"), "a file only the previous report has");
    }

    /// <summary>Every file under a folder with the SHA-256 of its bytes, in path order.</summary>
    private static string[] Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .ToArray();

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from))
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    [GeneratedRegex(@"(?m)^\s+at \S+.*\(")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b\w+Exception\b")]
    private static partial Regex ExceptionName();
}
