namespace HccReport.Results;

/// <summary>
/// What produced a report. Deliberately has no wall-clock time: the same inputs give the same bytes.
/// </summary>
public sealed record Provenance
{
    /// <summary>Tool name, "HccReport".</summary>
    public required string Tool { get; init; }

    /// <summary>Tool version.</summary>
    public required string Version { get; init; }

    /// <summary>Spec file name (no directory, so that no local path leaks into a report).</summary>
    public required string Spec { get; init; }

    /// <summary>SHA-256 of the spec file's bytes, lower-case hex.</summary>
    public required string SpecSha256 { get; init; }

    /// <summary>Each data file read.</summary>
    public required IReadOnlyList<DataFileProvenance> Data { get; init; }

    /// <summary>True when the spec declares its data synthetic; every document then says so.</summary>
    public bool Synthetic { get; init; }

    /// <summary>Free-text note on the data's origin (for example how a synthetic cohort was generated).</summary>
    public string? DataNote { get; init; }
}

/// <summary>One input data file.</summary>
public sealed record DataFileProvenance
{
    /// <summary>File name as given in the spec, relative to the spec.</summary>
    public required string Path { get; init; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Data rows read (header excluded).</summary>
    public required int Rows { get; init; }

    /// <summary>Columns read.</summary>
    public required int Columns { get; init; }
}
