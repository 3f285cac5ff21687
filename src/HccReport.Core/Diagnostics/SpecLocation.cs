using System.Globalization;

namespace HccReport.Core.Diagnostics;

/// <summary>A position in a YAML spec, 1-based line and column as YamlDotNet's marks give them.</summary>
/// <param name="File">Path of the spec file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SpecLocation(string File, int Line, int Column) : SourceLocation
{
    /// <summary>Path of the spec file.</summary>
    public override string File { get; } = File;

    /// <summary>A location at the same line with the column moved right by <paramref name="offset"/> characters.</summary>
    /// <remarks>Used to point inside an expression, at the character where the expression parser stopped.</remarks>
    public SpecLocation WithColumnOffset(int offset) => this with { Column = Column + Math.Max(0, offset) };

    /// <inheritdoc/>
    public override string Format() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column})");
}
