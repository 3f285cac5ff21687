using HccReport.Core.Spec;
using HccReport.Results;
using HccReport.Statistics.Selection;
using StatMethod = HccReport.Statistics.Selection.SelectionMethod;
using SpecMethod = HccReport.Core.Spec.SelectionMethod;

namespace HccReport.Analysis.Models;

/// <summary>
/// Chooses the variables of a multivariable model as the spec's <c>select</c> says: screening by each
/// variable's univariate P (at or below <c>screen_p</c>, as "variables with P &lt;= 0.05 in univariate analysis"),
/// then enter, forward, backward or stepwise with score entry and LR or Wald removal.
/// </summary>
internal static class VariableSelection
{
    /// <summary>The variables (indices into <paramref name="design"/>) of the multivariable model, and how they were chosen.</summary>
    /// <param name="design">The design of all covariates (it names them and gives their order).</param>
    /// <param name="univariateP">Each design variable's univariate P (one per variable; the joint Wald P for a categorical one).</param>
    /// <param name="select">The spec's <c>select</c>; null to enter every covariate.</param>
    /// <param name="designOf">The design of some of the variables over their own complete cases.</param>
    /// <param name="model">The regression family over a design.</param>
    /// <remarks>
    /// The procedure runs on the complete cases of the screened variables: a covariate that failed the screening
    /// takes no further part, so its missing values must not remove rows from the selection (R: the data of a
    /// <c>step()</c> over the screened scope, after <c>na.omit</c> of those variables).
    /// </remarks>
    public static (IReadOnlyList<int> Variables, SelectionResult? Selection) Choose(
        ModelDesign design, IReadOnlyList<double?> univariateP, SelectionSpec? select,
        Func<IReadOnlyList<string>, ModelDesign> designOf, Func<ModelDesign, ISelectableModel> model)
    {
        var all = Enumerable.Range(0, design.Variables.Count).ToArray();
        if (select is null) return (all, null);

        var screened = select.ScreenP is { } threshold
            ? all.Where(v => univariateP[v] is { } p && p <= threshold).ToArray()
            : all;
        var names = design.Variables.Select(v => v.Name).ToArray();
        var result = new SelectionResult
        {
            Method = select.Method.ToString().ToLowerInvariant(),
            ScreenP = select.ScreenP,
            EntryP = select.EntryP,
            RemovalP = select.RemovalP,
            EntryTest = "score",
            RemovalTest = select.RemovalTest == RemovalTest.Wald ? "wald" : "lr",
            Candidates = names,
            Steps = [],
            Selected = screened.Select(v => names[v]).ToArray(),
        };
        if (select.Method == SpecMethod.Enter || screened.Length == 0)
            return (screened, result);

        var screenedDesign = designOf(screened.Select(v => names[v]).ToArray());
        var candidates = screenedDesign.Variables.Select(v => new SelectionCandidate { Name = v.Name, Columns = v.Columns }).ToArray();
        var outcome = StepwiseSelection.Run(model(screenedDesign), candidates, new SelectionOptions
        {
            Method = select.Method switch
            {
                SpecMethod.Forward => StatMethod.Forward,
                SpecMethod.Backward => StatMethod.Backward,
                _ => StatMethod.Stepwise,
            },
            EntryP = select.EntryP,
            RemovalP = select.RemovalP,
            EntryTest = SelectionTest.Score,
            RemovalTest = select.RemovalTest == RemovalTest.Wald ? SelectionTest.Wald : SelectionTest.LikelihoodRatio,
        });
        var selectedNames = outcome.Selected.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        // Spec order, so the table reads in the order the author listed the covariates.
        var selected = screened.Where(v => selectedNames.Contains(names[v])).ToArray();
        return (selected, result with
        {
            Steps = outcome.Steps.Select(s => new Results.SelectionStep
            {
                Step = s.Number,
                Action = s.Action == SelectionAction.Entered ? "enter" : "remove",
                Variable = s.Variable,
                Statistic = s.Decision.Statistic,
                Df = s.Decision.DegreesOfFreedom,
                P = s.Decision.P,
            }).ToArray(),
            Selected = selected.Select(v => names[v]).ToArray(),
        });
    }

    /// <summary>Why a multivariable model is missing when no covariate was chosen.</summary>
    public static string NoModelNote(SelectionSpec? select) => select?.ScreenP is { } p
        ? $"No covariate had a univariate P at or below {p.ToString(System.Globalization.CultureInfo.InvariantCulture)}, so there is no multivariable model."
        : "No covariate was selected, so there is no multivariable model.";
}
