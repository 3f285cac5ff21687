namespace HccReport.Cli.Output;

/// <summary>Where a report goes, and the checks that keep a render from touching its own inputs.</summary>
internal static class OutputLocation
{
    /// <summary>The file every report folder holds; a folder without it is not a previous report.</summary>
    public const string ReportMarker = "results.json";

    /// <summary>The default report folder: output/&lt;spec file name without extension&gt;/ under the current folder.</summary>
    public static string Default(string specPath) =>
        Path.Combine("output", Path.GetFileNameWithoutExtension(specPath));

    /// <summary>
    /// Null when <paramref name="outputDirectory"/> is safe to replace; otherwise why not. A render replaces the folder
    /// whole, so it must never be an input, hold an input (the spec, a data file or a template), or be a folder of
    /// other files than a previous report. Paths are compared with symbolic links resolved: a spec reached through
    /// a link to its folder is still inside that folder.
    /// </summary>
    public static string? Conflict(string outputDirectory, IEnumerable<string> inputFiles)
    {
        var output = RealPath(outputDirectory);
        if (output == RealPath(Path.GetPathRoot(output) ?? "/"))
            return $"the output folder {outputDirectory} is a file-system root";
        if (File.Exists(output))
            return $"the output folder {outputDirectory} is a file";
        var current = RealPath(Environment.CurrentDirectory);
        if (output == current || IsInside(current, output))
            return $"the output folder {outputDirectory} contains the current folder";
        foreach (var input in inputFiles)
        {
            var file = RealPath(input);
            if (file == output || IsInside(file, output))
                return $"the output folder {outputDirectory} contains the input file {input}, which a render would delete";
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() &&
            !File.Exists(Path.Combine(output, ReportMarker)))
        {
            return $"the output folder {outputDirectory} already holds files and is not a previous report (it has no {ReportMarker}); " +
                   "a render would replace the whole folder";
        }
        return null;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The absolute path with every symbolic link along it resolved, as realpath(3) gives it; the part that does not
    /// exist yet is kept as written.
    /// </summary>
    internal static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists && info.LinkTarget is null)
            {
                // Nothing on disk from here on: the rest cannot be a link.
                return Path.Combine([current, .. parts[(i + 1)..]]);
            }
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                current = RealPath(target.FullName);
        }
        return current;
    }
}
