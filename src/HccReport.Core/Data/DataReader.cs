using System.Globalization;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;

namespace HccReport.Core.Data;

/// <summary>
/// Reads the data of a spec (<c>data:</c>) into a typed <see cref="Dataset"/>: CSV or xlsx, ids checked, each column
/// typed (set in <c>data.types</c>, labelled in <c>data.labels</c>, else inferred: number, date, boolean, else
/// categorical), every cell that does not fit reported with its row id and column, or set to missing and counted
/// when <c>on_bad_cell: missing</c>.
/// </summary>
public static class DataReader
{
    /// <summary>At most this many bad cells are reported one by one per column; the rest are summed up in one message.</summary>
    public const int MaxCellsReported = 20;

    /// <summary>Reads the data; every problem is thrown together.</summary>
    /// <exception cref="SpecException">The data cannot be read or has at least one error.</exception>
    public static Dataset Read(DataSpec spec)
    {
        var diagnostics = new DiagnosticBag();
        var data = TryRead(spec, diagnostics);
        diagnostics.ThrowIfErrors();
        return data!;
    }

    /// <summary>Reads the data, adding every problem to <paramref name="diagnostics"/>.</summary>
    /// <returns>The data set, or null when it cannot be built.</returns>
    public static Dataset? TryRead(DataSpec spec, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = spec.DisplayPath ?? spec.PathAsWritten;
        var extension = Path.GetExtension(spec.Path).ToLowerInvariant();
        if (extension is not (".csv" or ".tsv" or ".txt" or ".xlsx"))
        {
            diagnostics.Add(DiagnosticCatalog.UnsupportedFormat(spec.Location, file));
            return null;
        }
        if (Directory.Exists(spec.Path))
        {
            diagnostics.Add(DiagnosticCatalog.DataIsFolder(spec.Location, file));
            return null;
        }
        if (!File.Exists(spec.Path))
        {
            var folder = Path.GetDirectoryName(spec.Path) ?? ".";
            diagnostics.Add(DiagnosticCatalog.DataFileNotFound(spec.Location, file, folder, FilesNear(folder, extension)));
            return null;
        }
        RawTable? table;
        try
        {
            table = extension == ".xlsx"
                ? ExcelSource.Read(spec.Path, file, spec.Sheet, spec.SheetLocation ?? spec.Location, spec.Missing, diagnostics)
                : CsvSource.Read(spec.Path, file, spec.Separator, spec.Missing, diagnostics);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // File.Exists is true for a symbolic link whose target is gone; reading it says what really happened.
            diagnostics.Add(DiagnosticCatalog.DataFileNotFound(spec.Location, file, Path.GetDirectoryName(spec.Path) ?? ".", []));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException
                                      or FormatException or System.Xml.XmlException or CsvHelper.CsvFormatException
                                      or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            diagnostics.Add(DiagnosticCatalog.UnreadableData(spec.Location, file, e.Message));
            return null;
        }
        return table is null ? null : FromTable(table, spec, diagnostics);
    }

    /// <summary>The names of the files beside a missing data file with the same extension, for "did you mean".</summary>
    private static IEnumerable<string> FilesNear(string folder, string extension)
    {
        try
        {
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*" + extension).Take(200).Select(f => Path.GetFileName(f)).ToArray()
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Reads CSV bytes as if they were the file of <paramref name="spec"/> (for tests and tools).</summary>
    public static Dataset? TryReadCsv(byte[] csv, DataSpec spec, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var table = CsvSource.Parse(csv, spec.DisplayPath ?? spec.PathAsWritten, spec.Separator, spec.Missing, diagnostics);
        return table is null ? null : FromTable(table, spec, diagnostics);
    }

    private static Dataset? FromTable(RawTable table, DataSpec spec, DiagnosticBag diagnostics)
    {
        var names = table.Columns.Select(c => c.Name).ToArray();
        var errorsBefore = diagnostics.ErrorCount;
        foreach (var type in spec.Types)
        {
            if (!names.Contains(type.Column.Name))
                diagnostics.Add(DiagnosticCatalog.MissingColumn(type.Column.Location, type.Column.Name, "typed", names));
        }
        foreach (var labels in spec.Labels)
        {
            if (!names.Contains(labels.Column.Name))
                diagnostics.Add(DiagnosticCatalog.MissingColumn(labels.Column.Location, labels.Column.Name, "labelled", names));
        }
        var rowIds = RowIds(table, spec, diagnostics);
        if (rowIds is null || diagnostics.ErrorCount > errorsBefore)
            return null;
        var rowNumbers = table.RowNumbers.ToArray();
        var typer = new ColumnTyper(table.File, spec, rowIds, rowNumbers, diagnostics);
        var columns = new List<Column>(table.Columns.Count);
        foreach (var raw in table.Columns)
        {
            var declared = spec.Types.LastOrDefault(t => t.Column.Name == raw.Name)?.Type;
            var labels = spec.Labels.LastOrDefault(l => l.Column.Name == raw.Name);
            columns.Add(typer.Type(raw, declared, labels));
        }
        if (diagnostics.ErrorCount > errorsBefore)
            return null;
        return new Dataset(table.File, columns, rowIds, rowNumbers, spec.Id?.Name, typer.Coercions);
    }

    private static string[]? RowIds(RawTable table, DataSpec spec, DiagnosticBag diagnostics)
    {
        var ids = new string[table.RowCount];
        if (spec.Id is null)
        {
            for (var i = 0; i < ids.Length; i++)
                ids[i] = table.RowNumbers[i].ToString(CultureInfo.InvariantCulture);
            return ids;
        }
        var column = table.Columns.FirstOrDefault(c => c.Name == spec.Id.Name);
        if (column is null)
        {
            diagnostics.Add(DiagnosticCatalog.MissingColumn(spec.Id.Location, spec.Id.Name, "id", table.Columns.Select(c => c.Name)));
            return null;
        }
        var firstRow = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < ids.Length; i++)
        {
            var at = new DataLocation(table.File, table.RowNumbers[i], null, spec.Id.Name);
            var id = column.Text(i);
            if (id is null)
            {
                diagnostics.Add(DiagnosticCatalog.MissingId(at));
                ok = false;
                continue;
            }
            ids[i] = id;
            if (!firstRow.TryAdd(id, table.RowNumbers[i]))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateId(at with { RowId = id }, id, firstRow[id]));
                ok = false;
            }
        }
        return ok ? ids : null;
    }
}
