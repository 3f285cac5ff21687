namespace HccReport.Core.Data;

/// <summary>
/// One column of a <see cref="Dataset"/>: a typed array of values, one per row, with missing values marked.
/// Columns are immutable; their arrays are never exposed for writing.
/// </summary>
public abstract class Column
{
    private protected Column(string name, int length)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Length = length;
    }

    /// <summary>Column name as in the header row (or the derived variable's name).</summary>
    public string Name { get; }

    /// <summary>Number of rows.</summary>
    public int Length { get; }

    /// <summary>How the values are stored.</summary>
    public abstract ColumnKind Kind { get; }

    /// <summary>True when the value of <paramref name="row"/> is missing.</summary>
    public abstract bool IsMissing(int row);

    /// <summary>
    /// True for a variable with two values coded 0/1 or false/true: the contract's "binary", entering models as is.
    /// </summary>
    public abstract bool IsBinary { get; }

    /// <summary>The value of a row as text in the invariant culture (numbers round-trip, dates ISO); null when missing.</summary>
    public abstract string? FormatValue(int row);

    /// <summary>Number of missing values among <paramref name="rows"/>.</summary>
    public int CountMissing(IEnumerable<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var count = 0;
        foreach (var row in rows)
        {
            if (IsMissing(row))
                count++;
        }
        return count;
    }

    /// <summary>The same column under another name.</summary>
    public abstract Column Rename(string name);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Kind}, {Length} rows)";
}
