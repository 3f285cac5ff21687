using HccReport.Core.Data;

namespace HccReport.Analysis.Models;

/// <summary>One stratum code per row from one or more columns (every combination of their levels is a stratum).</summary>
internal static class Strata
{
    /// <summary>The stratum code of each data-set row, -1 where any strata column is missing; null without strata.</summary>
    public static int[]? Codes(Dataset data, IReadOnlyList<string> columns)
    {
        if (columns.Count == 0) return null;
        var perColumn = columns.Select(c => ColumnLevels.Of(data[c]).Codes).ToArray();
        var combinations = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new int[data.RowCount];
        for (var row = 0; row < codes.Length; row++)
        {
            if (perColumn.Any(c => c[row] < 0))
            {
                codes[row] = -1;
                continue;
            }
            var key = string.Join('\u001f', perColumn.Select(c => c[row]));
            if (!combinations.TryGetValue(key, out var code))
                combinations[key] = code = combinations.Count;
            codes[row] = code;
        }
        return codes;
    }
}
