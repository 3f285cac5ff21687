namespace HccReport.Cli.Tests.Specs;

/// <summary>
/// A temporary folder holding a copy of a spec (optionally edited) and its data, deleted afterwards. Tests that change
/// a spec, or that must see every file a render writes, work here rather than in the repository.
/// </summary>
internal sealed class StudyFolder : IDisposable
{
    private StudyFolder(string root) => Root = root;

    /// <summary>The temporary folder; the spec and data lie in <see cref="Study"/> below it.</summary>
    public string Root { get; }

    /// <summary>The folder of the spec and its data.</summary>
    public string Study => Path.Combine(Root, "study");

    /// <summary>The spec's path.</summary>
    public string Spec { get; private set; } = "";

    /// <summary>The data file's path.</summary>
    public string Data { get; private set; } = "";

    /// <summary>A folder next to the study, not yet created: a safe <c>--out</c>.</summary>
    public string Out(string name = "out") => Path.Combine(Root, name);

    /// <summary>A copy of <paramref name="spec"/> and <paramref name="data"/>, the spec's text passed through <paramref name="edit"/>.</summary>
    public static StudyFolder Copy(string spec, string data, Func<string, string>? edit = null)
    {
        var folder = new StudyFolder(Directory.CreateTempSubdirectory("hccreport-study-").FullName);
        Directory.CreateDirectory(folder.Study);
        folder.Spec = Path.Combine(folder.Study, Path.GetFileName(spec));
        folder.Data = Path.Combine(folder.Study, Path.GetFileName(data));
        var text = File.ReadAllText(spec);
        File.WriteAllText(folder.Spec, edit is null ? text : edit(text));
        File.Copy(data, folder.Data);
        return folder;
    }

    /// <summary>The small spec, with <c>suppress_below</c> (or any other top-level line) added after its title.</summary>
    public static StudyFolder Small(string? topLevelLine = null) =>
        Copy(TestSpecs.Small, TestSpecs.SmallData, topLevelLine is null ? null : text => AddTopLevel(text, topLevelLine));

    /// <summary>Adds a top-level key after the spec's <c>title:</c> line.</summary>
    public static string AddTopLevel(string spec, string line)
    {
        var at = spec.IndexOf("\ntitle:", StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException("The spec has no top-level title line.", nameof(spec));
        var end = spec.IndexOf('\n', at + 1);
        return spec[..(end + 1)] + line + "\n" + spec[(end + 1)..];
    }

    /// <summary>Writes a file beside the spec and returns its path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Combine(Study, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Every file and folder below <see cref="Root"/>, relative, sorted.</summary>
    public IReadOnlyList<string> Entries() =>
        [.. Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p)).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder does no harm; the test's verdict stands.
        }
    }
}
