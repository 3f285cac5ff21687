using HccReport.Core.Data;

namespace HccReport.Core.Cohort;

/// <summary>What the data-quality section reports: nothing is set aside without being counted here or in the flow.</summary>
public sealed record DataQualitySummary
{
    /// <summary>Rows read.</summary>
    public required int Rows { get; init; }

    /// <summary>Included rows.</summary>
    public required int Included { get; init; }

    /// <summary>Missing values per variable (data columns, then derived variables) among the included rows.</summary>
    public required IReadOnlyList<VariableMissing> Missing { get; init; }

    /// <summary>Cells set to missing while reading (<c>on_bad_cell: missing</c>), per column and reason.</summary>
    public required IReadOnlyList<ColumnCoercion> Coerced { get; init; }

    /// <summary>Counts missing values of every column among the included rows.</summary>
    public static DataQualitySummary Compute(Dataset data, CohortResult cohort)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(cohort);
        var rows = cohort.IncludedRows;
        return new DataQualitySummary
        {
            Rows = data.RowCount,
            Included = rows.Length,
            Missing = data.Columns.Select(c => new VariableMissing(c.Name, c.CountMissing(rows), rows.Length)).ToArray(),
            Coerced = data.Coercions,
        };
    }
}
