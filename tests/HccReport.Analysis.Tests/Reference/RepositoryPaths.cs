namespace HccReport.Analysis.Tests.Reference;

/// <summary>Paths in the repository checkout the tests run from (specs and R fixtures are read in place).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding HccReport.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A spec of this test project: tests/HccReport.Analysis.Tests/Specs/NAME.yaml.</summary>
    public static string Spec(string name) => Path.Combine(Root, "tests", "HccReport.Analysis.Tests", "Specs", name + ".yaml");

    /// <summary>A file under tests/reference/.</summary>
    public static string Reference(params string[] parts) => Path.Combine([Root, "tests", "reference", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HccReport.sln")) && Directory.Exists(Path.Combine(dir.FullName, "tests", "reference")))
                return dir.FullName;
        }
        throw new InvalidOperationException("HccReport.sln not found above " + AppContext.BaseDirectory);
    }
}
