namespace HccReport.Core.Diagnostics;

/// <summary>
/// Where a problem is: a position in the spec (<see cref="SpecLocation"/>) or in the data (<see cref="DataLocation"/>).
/// </summary>
/// <remarks>The location is kept apart from the message text so that tests, editors and CI can read it.</remarks>
public abstract record SourceLocation
{
    private protected SourceLocation()
    {
    }

    /// <summary>The file the location is in, as the user named it (spec file, or the data file resolved against it).</summary>
    public abstract string File { get; }

    /// <summary>The location in compiler style, e.g. <c>study.yaml(12,5)</c> or <c>cohort.csv(row 14, id P013, column afp)</c>.</summary>
    public abstract string Format();

    /// <inheritdoc/>
    public sealed override string ToString() => Format();
}
