namespace HccReport.Core.Data;

/// <summary>
/// A column of levels: each row holds a level code (index into <see cref="Levels"/>), -1 where missing.
/// Levels follow the <c>labels</c> order, else sorted order (numbers by value); the reference level is the first
/// unless <c>variables.X.reference</c> chose another.
/// </summary>
public sealed class CategoricalColumn : Column
{
    /// <summary>The code that marks a missing value.</summary>
    public const int MissingCode = -1;

    private readonly int[] _codes;
    private readonly string[] _levels;

    /// <summary>Wraps codes without copying.</summary>
    /// <param name="name">Column name.</param>
    /// <param name="codes">Level index per row, <see cref="MissingCode"/> where missing.</param>
    /// <param name="levels">Level labels in level order; distinct.</param>
    /// <param name="referenceIndex">Index of the reference level.</param>
    public CategoricalColumn(string name, int[] codes, IReadOnlyList<string> levels, int referenceIndex = 0)
        : base(name, codes?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count > 0 && (referenceIndex < 0 || referenceIndex >= levels.Count))
            throw new ArgumentOutOfRangeException(nameof(referenceIndex), referenceIndex, "The reference must be one of the levels.");
        _codes = codes;
        _levels = levels.ToArray();
        ReferenceIndex = referenceIndex;
    }

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Categorical;

    /// <summary>Level labels in level order.</summary>
    public IReadOnlyList<string> Levels => Array.AsReadOnly(_levels);

    /// <summary>Level code per row, <see cref="MissingCode"/> where missing.</summary>
    public ReadOnlySpan<int> Codes => _codes;

    /// <summary>Index of the reference level in <see cref="Levels"/>.</summary>
    public int ReferenceIndex { get; }

    /// <summary>The reference level's label; null when the column has no levels.</summary>
    public string? Reference => _levels.Length == 0 ? null : _levels[ReferenceIndex];

    /// <summary>The label of a row, null when missing.</summary>
    public string? this[int row] => _codes[row] < 0 ? null : _levels[_codes[row]];

    /// <inheritdoc/>
    public override bool IsMissing(int row) => _codes[row] < 0;

    /// <summary>Categorical columns are never binary in the contract's sense (they enter models as levels).</summary>
    public override bool IsBinary => false;

    /// <summary>The index of a level label (ordinal comparison), or -1.</summary>
    public int IndexOf(string level) => Array.IndexOf(_levels, level);

    /// <summary>The same column with another reference level.</summary>
    /// <exception cref="ArgumentException"><paramref name="level"/> is not a level.</exception>
    public CategoricalColumn WithReference(string level)
    {
        var index = IndexOf(level);
        if (index < 0)
            throw new ArgumentException($"'{level}' is not a level of '{Name}'.", nameof(level));
        return new CategoricalColumn(Name, _codes, _levels, index);
    }

    /// <summary>Rows per level, in level order (missing not counted).</summary>
    public int[] CountLevels(IEnumerable<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var counts = new int[_levels.Length];
        foreach (var row in rows)
        {
            if (_codes[row] >= 0)
                counts[_codes[row]]++;
        }
        return counts;
    }

    /// <inheritdoc/>
    public override string? FormatValue(int row) => this[row];

    /// <inheritdoc/>
    public override Column Rename(string name) => new CategoricalColumn(name, _codes, _levels, ReferenceIndex);
}
