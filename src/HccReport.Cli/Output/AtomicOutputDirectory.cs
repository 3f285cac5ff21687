namespace HccReport.Cli.Output;

/// <summary>
/// Writes a report folder so that it is either the complete new report or left untouched: everything
/// is written into a hidden sibling folder, which replaces the target only once every file is written.
/// </summary>
internal static class AtomicOutputDirectory
{
    /// <summary>
    /// Runs <paramref name="write"/> on an empty staging folder next to <paramref name="target"/>, then moves
    /// it into place. If <paramref name="write"/> throws, the staging folder is deleted and the target is untouched.
    /// </summary>
    public static void Write(string target, Action<string> write)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new InvalidOperationException($"{target} has no parent folder.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        // Same parent folder, so the final moves are renames within one file system.
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            write(staging);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        if (!Directory.Exists(full))
        {
            Directory.Move(staging, full);
            return;
        }

        var previous = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");
        Directory.Move(full, previous);
        try
        {
            Directory.Move(staging, full);
        }
        catch
        {
            // Put the old report back: a failed swap must not leave the user with nothing.
            Directory.Move(previous, full);
            TryDelete(staging);
            throw;
        }
        TryDelete(previous);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover hidden staging folder is harmless; the report itself is already consistent.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
