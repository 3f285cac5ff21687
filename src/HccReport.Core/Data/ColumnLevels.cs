namespace HccReport.Core.Data;

/// <summary>
/// The levels of any column, for grouping by it (cohort groups, splits, a km <c>by</c>): a categorical column's own
/// levels, else its distinct values as text (numbers round-trip, dates ISO, booleans false/true) in level order.
/// </summary>
public static class ColumnLevels
{
    /// <summary>The column's levels and, per row, the index of its level (-1 where missing).</summary>
    public static (string[] Levels, int[] Codes) Of(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column is CategoricalColumn categorical)
            return (categorical.Levels.ToArray(), categorical.Codes.ToArray());
        var texts = new string?[column.Length];
        for (var i = 0; i < texts.Length; i++)
            texts[i] = column.FormatValue(i);
        var levels = LevelOrder.Sort(texts.OfType<string>().Distinct(StringComparer.Ordinal));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < levels.Length; k++)
            index[levels[k]] = k;
        var codes = texts.Select(t => t is null ? -1 : index[t]).ToArray();
        return (levels, codes);
    }
}
