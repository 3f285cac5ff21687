namespace HccReport.Core.Data;

/// <summary>A column of true/false values, stored as 1/0 with -1 for missing.</summary>
public sealed class BooleanColumn : Column
{
    private readonly sbyte[] _values;

    /// <summary>Wraps values (1 true, 0 false, -1 missing) without copying.</summary>
    public BooleanColumn(string name, sbyte[] values)
        : base(name, values?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Boolean;

    /// <summary>All values: 1 true, 0 false, -1 missing.</summary>
    public ReadOnlySpan<sbyte> Values => _values;

    /// <summary>The value of a row, null when missing.</summary>
    public bool? this[int row] => _values[row] < 0 ? null : _values[row] == 1;

    /// <inheritdoc/>
    public override bool IsMissing(int row) => _values[row] < 0;

    /// <inheritdoc/>
    public override bool IsBinary => true;

    /// <summary>The values of <paramref name="rows"/> as 1/0, NaN where missing (as a model's design column).</summary>
    public double[] GatherAsNumbers(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new double[rows.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = _values[rows[i]] < 0 ? double.NaN : _values[rows[i]];
        return result;
    }

    /// <inheritdoc/>
    public override string? FormatValue(int row) => this[row] switch { null => null, true => "true", false => "false" };

    /// <inheritdoc/>
    public override Column Rename(string name) => new BooleanColumn(name, _values);
}
