using HccReport.Cli.Output;

namespace HccReport.Cli.Tests.Output;

public sealed class AtomicOutputDirectoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hccreport-atomic-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void WritesANewFolder()
    {
        var target = Path.Combine(_root, "report");
        AtomicOutputDirectory.Write(target, dir => File.WriteAllText(Path.Combine(dir, "a.txt"), "new"));
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Single(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void ReplacesAnExistingFolderWhole()
    {
        var target = Path.Combine(_root, "report");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "stale.txt"), "old");
        AtomicOutputDirectory.Write(target, dir => File.WriteAllText(Path.Combine(dir, "a.txt"), "new"));
        Assert.Equal(["a.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Single(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void LeavesThePreviousReportUntouchedWhenWritingFails()
    {
        var target = Path.Combine(_root, "report");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "report.pdf"), "previous");
        Assert.Throws<InvalidOperationException>(() => AtomicOutputDirectory.Write(target, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "report.pdf"), "half");
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "report.pdf")));
        Assert.Single(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void RefusesAnOutputFolderThatHoldsAnInput()
    {
        var spec = Path.Combine(_root, "config", "study.yaml");
        Assert.NotNull(OutputLocation.Conflict(Path.Combine(_root, "config"), [spec]));
        Assert.NotNull(OutputLocation.Conflict(_root, [spec]));
        Assert.Null(OutputLocation.Conflict(Path.Combine(_root, "output", "study"), [spec]));
    }
}
