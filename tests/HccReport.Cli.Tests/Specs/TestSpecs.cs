namespace HccReport.Cli.Tests.Specs;

/// <summary>The specs the end-to-end tests render: the flagship (config/) and the small spec of this folder.</summary>
internal static class TestSpecs
{
    /// <summary>The repository (or worktree) root: the first folder above the test assembly holding HccReport.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>config/lenvatinib.yaml: 634 synthetic patients, every analysis kind of the paper.</summary>
    public static string Flagship => Path.Combine(RepositoryRoot, "config", "lenvatinib.yaml");

    /// <summary>The flagship's data.</summary>
    public static string FlagshipData => Path.Combine(RepositoryRoot, "config", "lenvatinib-cohort-synthetic.csv");

    /// <summary>tests/HccReport.Cli.Tests/Specs/small-cohort.yaml: 80 invented patients, small counts, German dates.</summary>
    public static string Small => Path.Combine(SpecsFolder, "small-cohort.yaml");

    /// <summary>The small spec's data.</summary>
    public static string SmallData => Path.Combine(SpecsFolder, "small-cohort.csv");

    private static string SpecsFolder => Path.Combine(RepositoryRoot, "tests", "HccReport.Cli.Tests", "Specs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HccReport.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No HccReport.sln above {AppContext.BaseDirectory}.");
    }
}
