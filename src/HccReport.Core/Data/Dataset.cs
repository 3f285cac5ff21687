using HccReport.Core.Diagnostics;

namespace HccReport.Core.Data;

/// <summary>
/// The data of a study, column by column (built for a million rows): typed columns in file order, then derived
/// variables. Rows are addressed by index 0..<see cref="RowCount"/>-1; each has an id and a row number in the file
/// for messages. Immutable: <see cref="WithColumn"/> returns a new data set sharing the columns.
/// </summary>
public sealed class Dataset
{
    private readonly Column[] _columns;
    private readonly IReadOnlyList<Column> _readOnlyColumns;
    private readonly Dictionary<string, Column> _byName;
    private readonly string[] _rowIds;
    private readonly int[] _rowNumbers;

    /// <summary>Builds a data set; every column must have <paramref name="rowIds"/>.Length rows.</summary>
    /// <param name="file">The data file, as named in messages.</param>
    /// <param name="columns">Columns in order; names distinct.</param>
    /// <param name="rowIds">The id of each row (the id column's value, or the row number when there is none).</param>
    /// <param name="rowNumbers">The row number of each row in the file, the header being row 1.</param>
    /// <param name="idColumn">Name of the id column, or null.</param>
    /// <param name="coercions">Cells set to missing while reading.</param>
    public Dataset(string file, IEnumerable<Column> columns, string[] rowIds, int[] rowNumbers, string? idColumn = null,
        IReadOnlyList<ColumnCoercion>? coercions = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rowIds);
        ArgumentNullException.ThrowIfNull(rowNumbers);
        _columns = columns.ToArray();
        _readOnlyColumns = Array.AsReadOnly(_columns);
        _byName = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var column in _columns)
        {
            if (column.Length != rowIds.Length)
                throw new ArgumentException($"Column '{column.Name}' has {column.Length} rows, the data set {rowIds.Length}.", nameof(columns));
            if (!_byName.TryAdd(column.Name, column))
                throw new ArgumentException($"Two columns are named '{column.Name}'.", nameof(columns));
        }
        if (rowNumbers.Length != rowIds.Length)
            throw new ArgumentException("One row number per row is needed.", nameof(rowNumbers));
        File = file;
        _rowIds = rowIds;
        _rowNumbers = rowNumbers;
        IdColumn = idColumn;
        Coercions = coercions ?? [];
    }

    /// <summary>The data file.</summary>
    public string File { get; }

    /// <summary>Number of rows (the screened count).</summary>
    public int RowCount => _rowIds.Length;

    /// <summary>Columns in order: the file's, then derived variables.</summary>
    public IReadOnlyList<Column> Columns => _readOnlyColumns;

    /// <summary>The id column's name, or null when rows are identified by row number.</summary>
    public string? IdColumn { get; }

    /// <summary>Cells set to missing while reading (<c>on_bad_cell: missing</c>), per column.</summary>
    public IReadOnlyList<ColumnCoercion> Coercions { get; }

    /// <summary>The column of this name (ordinal, case-sensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public Column this[string name] =>
        _byName.TryGetValue(name, out var column) ? column : throw new KeyNotFoundException($"No column '{name}'.");

    /// <summary>The column of this name, or null.</summary>
    public Column? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>True when a column of this name exists.</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The id of a row.</summary>
    public string RowId(int row) => _rowIds[row];

    /// <summary>The row number of a row in the file (header = row 1).</summary>
    public int RowNumber(int row) => _rowNumbers[row];

    /// <summary>The location of a cell, for diagnostics.</summary>
    public DataLocation Locate(int row, string? column = null) => new(File, _rowNumbers[row], _rowIds[row], column);

    /// <summary>A data set with one more column, or with the column of the same name replaced.</summary>
    public Dataset WithColumn(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var columns = _columns.Where(c => c.Name != column.Name).Append(column);
        if (_byName.ContainsKey(column.Name))
            columns = _columns.Select(c => c.Name == column.Name ? column : c);
        return new Dataset(File, columns, _rowIds, _rowNumbers, IdColumn, Coercions);
    }
}
