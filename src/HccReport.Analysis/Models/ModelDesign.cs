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

    /// <summary>The design restricted to some variables (in the given order), on the same rows.</summary>
    public ModelDesign Select(IReadOnlyList<int> variables)
    {
        var columns = variables.SelectMany(v => Variables[v].Columns).ToArray();
        var x = new double[Rows.Length, columns.Length];
        for (var i = 0; i < Rows.Length; i++)
            for (var j = 0; j < columns.Length; j++)
                x[i, j] = X[i, columns[j]];
        var next = 0;
        var selected = variables.Select(v => Variables[v] with
        {
            Columns = Variables[v].Columns.Select(_ => next++).ToArray(),
        }).ToArray();
        return new ModelDesign
        {
            Rows = Rows,
            X = x,
            ColumnNames = columns.Select(c => ColumnNames[c]).ToArray(),
            ColumnLabels = columns.Select(c => ColumnLabels[c]).ToArray(),
            Variables = selected,
        };
    }

    /// <summary>The index of a variable by name.</summary>
    public int IndexOf(string variable) => Variables.ToList().FindIndex(v => v.Name == variable);
}
