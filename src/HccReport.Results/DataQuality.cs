namespace HccReport.Results;

/// <summary>What the data-quality section reports: nothing is set aside without being counted here.</summary>
public sealed record DataQuality
{
    /// <summary>Rows read.</summary>
    public required int Rows { get; init; }

    /// <summary>Missing values per column among the included rows, in column order.</summary>
    public required IReadOnlyList<VariableMissing> Missing { get; init; }

    /// <summary>Cells that did not fit their column's type and were set to missing because the spec allowed it.</summary>
    public IReadOnlyList<CoercedCells> Coerced { get; init; } = [];
}

/// <summary>Missing values of one column.</summary>
public sealed record VariableMissing
{
    /// <summary>Column name.</summary>
    public required string Variable { get; init; }

    /// <summary>Missing among the included rows.</summary>
    public required int Missing { get; init; }

    /// <summary>Included rows.</summary>
    public required int N { get; init; }
}

/// <summary>Cells of one column that were set to missing.</summary>
public sealed record CoercedCells
{
    /// <summary>Column name.</summary>
    public required string Variable { get; init; }

    /// <summary>How many cells.</summary>
    public required int N { get; init; }

    /// <summary>What the cells held that did not fit, e.g. "text in a number column".</summary>
    public required string Reason { get; init; }
}
