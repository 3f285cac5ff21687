using HccReport.Core.Data;
using HccReport.Results;

namespace HccReport.Analysis.Models;

/// <summary>
/// A model's design matrix over complete cases (R's <c>na.omit</c>): numeric and 0/1 variables as they are,
/// a categorical variable as one indicator column per non-reference level present among the rows. Columns
/// are named as results.json names terms: <c>variable</c>, or <c>variable=level</c>.
/// </summary>
internal sealed record ModelDesign
{
    /// <summary>Data-set rows used, ascending.</summary>
    public required int[] Rows { get; init; }

    /// <summary>Rows by columns.</summary>
    public required double[,] X { get; init; }

    public required string[] ColumnNames { get; init; }

    public required string[] ColumnLabels { get; init; }

    public required IReadOnlyList<DesignVariable> Variables { get; init; }

    public int ColumnCount => ColumnNames.Length;

    /// <summary>How each variable entered, for results.json.</summary>
    public IReadOnlyList<CovariateInfo> CovariateInfo => Variables.Select(v => new CovariateInfo
    {
        Variable = v.Name, Label = v.Label, Type = v.Type, Reference = v.Reference, Levels = v.Levels,
    }).ToArray();
}
