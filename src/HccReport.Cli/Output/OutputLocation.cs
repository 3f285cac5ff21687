namespace HccReport.Cli.Output;

/// <summary>Where a report goes, and the checks that keep a render from touching its own inputs.</summary>
internal static class OutputLocation
{
    /// <summary>The default report folder: output/&lt;spec file name without extension&gt;/ under the current folder.</summary>
    public static string Default(string specPath) =>
        Path.Combine("output", Path.GetFileNameWithoutExtension(specPath));

    /// <summary>
    /// Null when <paramref name="outputDirectory"/> is safe to replace; otherwise why not. Replacing the folder
    /// must never delete or overwrite an input: the spec, a data file or a template.
    /// </summary>
    public static string? Conflict(string outputDirectory, IEnumerable<string> inputFiles)
    {
        var output = Normalise(outputDirectory);
        if (output == Normalise(Path.GetPathRoot(output) ?? "/"))
            return $"the output folder {outputDirectory} is a file-system root";
        if (output == Normalise(Environment.CurrentDirectory) || IsInside(Normalise(Environment.CurrentDirectory), output))
            return $"the output folder {outputDirectory} contains the current folder";
        foreach (var input in inputFiles)
        {
            var file = Normalise(input);
            if (IsInside(file, output))
                return $"the output folder {outputDirectory} contains the input file {input}, which a render would delete";
        }
        return null;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Normalise(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
