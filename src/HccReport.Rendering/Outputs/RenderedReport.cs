namespace HccReport.Rendering.Outputs;

/// <summary>What a render wrote.</summary>
public sealed record RenderedReport
{
    /// <summary>Files written, relative to the output folder with "/" separators, in the order written.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>
    /// Problems the documents state but that did not stop them (for example characters no installed font could
    /// draw); a CLI may echo them on stderr.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
