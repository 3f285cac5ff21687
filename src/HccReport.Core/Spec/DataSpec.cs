using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>Where the data are and how to read them (spec key <c>data</c>).</summary>
public sealed record DataSpec
{
    /// <summary>Absolute path of the data file, resolved against the spec file's folder.</summary>
    public required string Path { get; init; }

    /// <summary>The path as written in the spec (relative to the spec's folder; kept in results.json).</summary>
    public required string PathAsWritten { get; init; }

    /// <summary>
    /// The path as messages show it: relative to where the command runs, as the spec's own path is (the spec's folder
    /// joined with <see cref="PathAsWritten"/>), so an editor or CI can open the file a message names. Null: <see cref="PathAsWritten"/>.
    /// </summary>
    public string? DisplayPath { get; init; }

    /// <summary>xlsx only: the sheet to read; null for the first.</summary>
    public string? Sheet { get; init; }

    /// <summary>Position of the <c>sheet</c> value, when one is written.</summary>
    public SpecLocation? SheetLocation { get; init; }

    /// <summary>The id column; null means rows are identified by their row number.</summary>
    public SpecName? Id { get; init; }

    /// <summary>The field separator; null to detect it from the header line (<c>separator: auto</c>).</summary>
    public char? Separator { get; init; }

    /// <summary>Cell texts that mean "missing"; default <c>"", "NA", "."</c>.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>A .NET custom date format (e.g. <c>yyyy/MM/dd</c>, <c>dd.MM.yyyy</c>); ISO dates are always read too.</summary>
    public string? DateFormat { get; init; }

    /// <summary>Column types set in the spec; other columns are inferred.</summary>
    public IReadOnlyList<ColumnTypeSpec> Types { get; init; } = [];

    /// <summary>What a cell that does not fit its type becomes.</summary>
    public BadCellPolicy OnBadCell { get; init; } = BadCellPolicy.Error;

    /// <summary>Value labels per column.</summary>
    public IReadOnlyList<ColumnLabelsSpec> Labels { get; init; } = [];

    /// <summary>Position of the <c>data</c> mapping.</summary>
    public required SpecLocation Location { get; init; }

    /// <summary>The default missing markers: empty cell, NA (as R writes) and a dot (as SAS and Stata write).</summary>
    public static IReadOnlyList<string> DefaultMissing { get; } = ["", "NA", "."];
}
