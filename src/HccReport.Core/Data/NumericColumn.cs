using System.Globalization;

namespace HccReport.Core.Data;

/// <summary>A column of numbers; a missing value is stored as NaN (data never hold NaN: such cells are rejected when read).</summary>
public sealed class NumericColumn : Column
{
    private readonly double[] _values;
    private bool? _isBinary;

    /// <summary>Wraps <paramref name="values"/> without copying; the caller must not change the array afterwards.</summary>
    public NumericColumn(string name, double[] values)
        : base(name, values?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Number;

    /// <summary>All values, NaN where missing.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The value of a row, NaN when missing.</summary>
    public double this[int row] => _values[row];

    /// <inheritdoc/>
    public override bool IsMissing(int row) => double.IsNaN(_values[row]);

    /// <summary>True when every non-missing value is 0 or 1.</summary>
    public override bool IsBinary => _isBinary ??= Array.TrueForAll(_values, v => double.IsNaN(v) || v == 0 || v == 1);

    /// <summary>The values of <paramref name="rows"/>, in that order (NaN where missing).</summary>
    public double[] Gather(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new double[rows.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = _values[rows[i]];
        return result;
    }

    /// <inheritdoc/>
    public override string? FormatValue(int row) =>
        IsMissing(row) ? null : _values[row].ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override Column Rename(string name) => new NumericColumn(name, _values);
}
