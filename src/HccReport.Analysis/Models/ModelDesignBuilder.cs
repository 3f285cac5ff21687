using System.Globalization;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;

namespace HccReport.Analysis.Models;

/// <summary>Builds a <see cref="ModelDesign"/> from data columns, reporting variables a model cannot use.</summary>
internal static class ModelDesignBuilder
{
    /// <summary>
    /// The design of <paramref name="variables"/> over the rows of <paramref name="candidates"/> that have every
    /// variable and pass <paramref name="alsoRequired"/>; null (with a diagnostic) when a variable cannot enter.
    /// </summary>
    public static ModelDesign? Build(
        AnalysisContext context,
        AnalysisSpec analysis,
        IReadOnlyList<int> candidates,
        IReadOnlyList<string> variables,
        IReadOnlyDictionary<string, string> references,
        Func<int, bool> alsoRequired,
        DiagnosticBag diagnostics)
    {
        var data = context.Study.Data;
        var columns = variables.Select(v => data[v]).ToArray();
        foreach (var column in columns)
        {
            if (column is DateColumn)
            {
                diagnostics.Add(DiagnosticCatalog.AnalysisUnusableVariable(VariableLocation.Of(analysis, column.Name), analysis.Id.Name, column.Name,
                    "it holds dates", "derive a duration instead, e.g. years_between(birth_date, start_date)."));
                return null;
            }
        }
        var rows = candidates.Where(r => alsoRequired(r) && columns.All(c => !c.IsMissing(r))).ToArray();
        if (rows.Length == 0)
        {
            // Without this, the first variable would be reported as constant with the value "(no rows)".
            diagnostics.Add(DiagnosticCatalog.AnalysisNoRows(analysis.Location, analysis.Id.Name,
                $"no row has {Describe(analysis)} and a value of {string.Join(", ", variables)}"));
            return null;
        }

        var names = new List<string>();
        var labels = new List<string>();
        var designVariables = new List<DesignVariable>();
        var sources = new List<Func<int, double>>();
        foreach (var column in columns)
        {
            var label = context.LabelOf(column.Name);
            var first = names.Count;
            switch (column)
            {
                case CategoricalColumn categorical:
                {
                    var counts = categorical.CountLevels(rows);
                    var present = Enumerable.Range(0, categorical.Levels.Count).Where(k => counts[k] > 0).ToList();
                    var referenceIndex = references.TryGetValue(column.Name, out var chosen) ? categorical.IndexOf(chosen) : categorical.ReferenceIndex;
                    // An empty reference level cannot anchor the comparison: the first level present takes its place.
                    if (!present.Contains(referenceIndex) && present.Count > 0) referenceIndex = present[0];
                    if (present.Count < 2)
                        return Constant(context, analysis, column, rows, diagnostics);
                    var others = present.Where(k => k != referenceIndex).ToArray();
                    var codes = categorical.Codes.ToArray();
                    foreach (var level in others)
                    {
                        names.Add($"{column.Name}={categorical.Levels[level]}");
                        labels.Add($"{label}: {categorical.Levels[level]}");
                        sources.Add(r => codes[r] == level ? 1.0 : 0.0);
                    }
                    designVariables.Add(new DesignVariable
                    {
                        Name = column.Name, Label = label, Type = "categorical",
                        Reference = categorical.Levels[referenceIndex],
                        Levels = present.OrderBy(k => k == referenceIndex ? 0 : 1).Select(k => categorical.Levels[k]).ToArray(),
                        Columns = Enumerable.Range(first, others.Length).ToArray(),
                    });
                    break;
                }
                case BooleanColumn flags:
                {
                    var values = flags.Values.ToArray();
                    if (rows.All(r => values[r] == values[rows[0]]))
                        return Constant(context, analysis, column, rows, diagnostics);
                    names.Add(column.Name);
                    labels.Add(label);
                    sources.Add(r => values[r]);
                    designVariables.Add(new DesignVariable { Name = column.Name, Label = label, Type = "binary", Columns = [first] });
                    break;
                }
                case NumericColumn numbers:
                {
                    var values = numbers.Values.ToArray();
                    if (rows.All(r => values[r] == values[rows[0]]))
                        return Constant(context, analysis, column, rows, diagnostics);
                    names.Add(column.Name);
                    labels.Add(label);
                    sources.Add(r => values[r]);
                    designVariables.Add(new DesignVariable
                    {
                        Name = column.Name, Label = label, Type = numbers.IsBinary ? "binary" : "numeric", Columns = [first],
                    });
                    break;
                }
                default:
                    diagnostics.Add(DiagnosticCatalog.AnalysisUnusableVariable(VariableLocation.Of(analysis, column.Name), analysis.Id.Name, column.Name,
                        $"it is a {column.Kind.ToString().ToLowerInvariant()} column", "use a number, a 0/1 or a categorical column."));
                    return null;
            }
        }

        var x = new double[rows.Length, names.Count];
        for (var j = 0; j < names.Count; j++)
        {
            var source = sources[j];
            for (var i = 0; i < rows.Length; i++) x[i, j] = source(rows[i]);
        }
        return new ModelDesign
        {
            Rows = rows, X = x, ColumnNames = names.ToArray(), ColumnLabels = labels.ToArray(), Variables = designVariables,
        };
    }

    private static string Describe(AnalysisSpec analysis) => analysis switch
    {
        LogisticSpec => "the outcome",
        CoxSpec { Strata.Count: > 0 } => "the endpoint, the strata",
        _ => "the endpoint",
    };

    private static ModelDesign? Constant(AnalysisContext context, AnalysisSpec analysis, Column column, int[] rows, DiagnosticBag diagnostics)
    {
        var value = column.FormatValue(rows[0]) ?? "missing";
        diagnostics.Add(DiagnosticCatalog.AnalysisConstant(VariableLocation.Of(analysis, column.Name), analysis.Id.Name, column.Name,
            string.Create(CultureInfo.InvariantCulture, $"'{value}'")));
        return null;
    }
}
