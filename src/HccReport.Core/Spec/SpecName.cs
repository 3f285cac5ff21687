using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>A name written in the spec (a column, variable or endpoint), with where it was written.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Location">Position of the name in the spec.</param>
public sealed record SpecName(string Name, SpecLocation Location)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
