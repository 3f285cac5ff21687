using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>
/// A render writes only into its output folder, which it replaces whole: so the folder must never be an input,
/// hold an input, or hold anything but a previous report. No spec key names an output path; <c>--out</c> is the
/// only way to choose one, and each unsafe choice is refused with the inputs left byte for byte as they were.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly StudyFolder _study = StudyFolder.Small();

    public void Dispose() => _study.Dispose();

    /// <summary>Every file under the temporary root with its bytes, to compare before and after a refused render.</summary>
    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(_study.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_study.Root, f), File.ReadAllBytes, StringComparer.Ordinal);

    private void AssertRefusedAndUntouched(string outFolder, string? spec = null, string because = "")
    {
        var before = Snapshot();
        var entries = _study.Entries();
        var run = CommandLine.Run("render", spec ?? _study.Spec, "--out", outFolder);
        Assert.True(run.ExitCode != 0, $"--out {outFolder} should be refused {because}\n{run}");
        Assert.Contains("Choose another folder with --out", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(entries, _study.Entries());
        var after = Snapshot();
        Assert.All(before, file => Assert.True(after.TryGetValue(file.Key, out var bytes) && bytes.AsSpan().SequenceEqual(file.Value), $"{file.Key} changed"));
    }

    [Theory]
    [InlineData("output")]
    [InlineData("out")]
    [InlineData("output_dir")]
    public void NoSpecKeyNamesAnOutputPath(string key)
    {
        var target = Path.Combine(_study.Root, "elsewhere");
        File.WriteAllText(_study.Spec, StudyFolder.AddTopLevel(File.ReadAllText(_study.Spec), $"{key}: {target}"));
        var run = CommandLine.Run("render", _study.Spec, "--out", _study.Out());
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Spec.UnknownKey", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
        Assert.False(Directory.Exists(_study.Out()));
    }

    [Fact]
    public void ARenderWritesOnlyIntoItsOutputFolder()
    {
        var before = _study.Entries();
        var run = CommandLine.Run("render", _study.Spec, "--out", _study.Out());
        Assert.True(run.ExitCode == 0, run.ToString());
        var added = _study.Entries().Except(before, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, entry => Assert.True(entry == "out" || entry.StartsWith("out" + Path.DirectorySeparatorChar, StringComparison.Ordinal), entry));
    }

    [Fact]
    public void AnAnalysisIdCannotNameAPathOutsideTheFolder()
    {
        File.WriteAllText(_study.Spec, File.ReadAllText(_study.Spec).Replace("  - id: km_pfs\n", "  - id: \"../../escaped\"\n", StringComparison.Ordinal));
        var before = _study.Entries();
        var run = CommandLine.Run("render", _study.Spec, "--out", _study.Out());
        Assert.True(run.ExitCode == 0, run.ToString());
        var added = _study.Entries().Except(before, StringComparer.Ordinal).ToList();
        Assert.All(added, entry => Assert.StartsWith("out", entry, StringComparison.Ordinal));
        Assert.Contains(Path.Combine("out", "tables", "______escaped.csv"), added);
    }

    [Fact]
    public void TheSpecsOwnFolderIsRefused() => AssertRefusedAndUntouched(_study.Study);

    [Fact]
    public void AFolderAboveTheSpecIsRefused() => AssertRefusedAndUntouched(_study.Root);

    [Fact]
    public void TheDataFilesFolderIsRefused()
    {
        // Data in a subfolder of its own, the spec pointing at it.
        var data = Path.Combine(_study.Study, "data", "cohort.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(data)!);
        File.Move(_study.Data, data);
        File.WriteAllText(_study.Spec, File.ReadAllText(_study.Spec).Replace("path: small-cohort.csv", "path: data/cohort.csv", StringComparison.Ordinal));
        AssertRefusedAndUntouched(Path.GetDirectoryName(data)!);
    }

    [Fact]
    public void TheDataFileItselfIsRefused() => AssertRefusedAndUntouched(_study.Data);

    [Fact]
    public void ADataFileInsideAPreviousReportIsNeverOverwritten()
    {
        // A previous report, then a spec whose data file is one of that report's file names inside it.
        var first = CommandLine.Run("render", _study.Spec, "--out", _study.Out());
        Assert.True(first.ExitCode == 0, first.ToString());
        var data = Path.Combine(_study.Out(), "tables", "table1.csv");
        File.Copy(_study.Data, data, overwrite: true);
        File.WriteAllText(_study.Spec, File.ReadAllText(_study.Spec).Replace("path: small-cohort.csv", "path: ../out/tables/table1.csv", StringComparison.Ordinal));
        AssertRefusedAndUntouched(_study.Out());
        Assert.Equal(File.ReadAllBytes(_study.Data), File.ReadAllBytes(data));
    }

    [Fact]
    public void ASpecReachedThroughALinkToItsFolderStillProtectsThatFolder()
    {
        // Before the fix, the check compared paths as written: the link's path did not look inside the real folder,
        // and the render replaced the study folder, deleting the spec and the data.
        var view = Path.Combine(_study.Root, "view");
        Directory.CreateSymbolicLink(view, _study.Study);
        AssertRefusedAndUntouched(_study.Study, spec: Path.Combine(view, Path.GetFileName(_study.Spec)));
        AssertRefusedAndUntouched(view);
    }

    [Fact]
    public void AFolderOfOtherFilesIsRefused()
    {
        var documents = Path.Combine(_study.Root, "documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(documents, "thesis.docx"), "a year of work");
        AssertRefusedAndUntouched(documents, because: "(it is not a previous report and a render would delete its files)");
    }

    [Fact]
    public void APreviousReportAndAnEmptyFolderAreReplaced()
    {
        Directory.CreateDirectory(_study.Out());
        Assert.Equal(0, CommandLine.Run("render", _study.Spec, "--out", _study.Out()).ExitCode);
        File.WriteAllText(Path.Combine(_study.Out(), "stale.txt"), "from an older report");
        var again = CommandLine.Run("render", _study.Spec, "--out", _study.Out());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.False(File.Exists(Path.Combine(_study.Out(), "stale.txt")));
        Assert.True(File.Exists(Path.Combine(_study.Out(), "results.json")));
    }
}
