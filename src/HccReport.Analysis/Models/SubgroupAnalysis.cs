using HccReport.Core;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Endpoints;
using HccReport.Core.Spec;
using HccReport.Results;
using HccReport.Statistics.Distributions;
using HccReport.Statistics.Survival.Cox;

namespace HccReport.Analysis.Models;

/// <summary>
/// <c>kind: subgroup</c>: the hazard ratio of one level of <c>by</c> against its reference, overall and within
/// each level of each subgrouping variable (a Cox model per subgroup), with the likelihood-ratio P of the
/// by-times-variable interaction (<c>anova(coxph(t ~ by + v), coxph(t ~ by * v))</c>), ready for a forest plot.
/// </summary>
internal static class SubgroupAnalysis
{
    public static SubgroupResult? Run(AnalysisInput input, AnalysisContext context, DiagnosticBag diagnostics)
    {
        var spec = (SubgroupSpec)input.Spec;
        var endpoint = input.Endpoint!;
        var data = context.Study.Data;
        var (levels, codes) = ColumnLevels.Of(data[spec.By.Name]);
        var rows = input.CompleteRows.Where(r => codes[r] >= 0).ToArray();
        var present = Enumerable.Range(0, levels.Length).Where(l => rows.Any(r => codes[r] == l)).ToArray();
        if (present.Length != 2)
        {
            diagnostics.Add(DiagnosticCatalog.AnalysisUnusableVariable(spec.Location, spec.Id.Name, spec.By.Name,
                $"a subgroup analysis compares two groups, and it has {present.Length} among the analysed rows",
                "use a two-level variable, or narrow the rows with where."));
            return null;
        }
        var reference = spec.Reference is { } r0 ? Array.IndexOf(levels, r0)
            : data[spec.By.Name] is CategoricalColumn c ? c.ReferenceIndex : present[0];
        if (!present.Contains(reference)) reference = present[0];
        var compared = present.First(l => l != reference);
        var options = new CoxOptions
        {
            Ties = context.Compat == CompatMode.Spss ? CoxTies.Breslow : CoxTies.Efron,
            Convergence = context.Compat == CompatMode.Spss ? CoxConvergence.Spss : CoxConvergence.R,
            ConfidenceLevel = context.ConfidenceLevel,
        };

        var notes = new List<string>();
        var variables = new List<SubgroupVariable>();
        foreach (var name in spec.Subgroups.Select(s => s.Name))
        {
            var (subLevels, subCodes) = ColumnLevels.Of(data[name]);
            var withLevel = rows.Where(r => subCodes[r] >= 0).ToArray();
            var estimates = Enumerable.Range(0, subLevels.Length)
                .Select(l => (Level: subLevels[l], Rows: withLevel.Where(r => subCodes[r] == l).ToArray()))
                .Where(s => s.Rows.Length > 0)
                .Select(s => Estimate(s.Level, s.Rows, codes, compared, endpoint, options,
                    $"{context.LabelOf(name)} {s.Level}", levels, notes))
                .ToArray();
            variables.Add(new SubgroupVariable
            {
                Variable = name,
                Label = context.LabelOf(name),
                Levels = estimates,
                InteractionP = InteractionP(withLevel, codes, compared, subCodes, endpoint, options),
            });
        }

        return new SubgroupResult
        {
            Id = spec.Id.Name,
            Title = spec.Title ?? $"{endpoint.Label} by subgroup: {levels[compared]} vs {levels[reference]}",
            Caption = spec.Caption,
            Where = spec.Where?.Text,
            RowsMissing = input.Rows.Length - rows.Length,
            Notes = notes,
            Endpoint = endpoint.Id,
            EndpointLabel = endpoint.Label,
            By = spec.By.Name,
            Reference = levels[reference],
            Compared = levels[compared],
            Ties = options.Ties == CoxTies.Breslow ? "breslow" : "efron",
            Overall = Estimate("All", rows, codes, compared, endpoint, options, "All patients", levels, notes),
            Variables = variables,
        };
    }

    /// <summary>The hazard ratio within one subgroup; a level where it does not exist gets a note saying why.</summary>
    private static SubgroupEstimate Estimate(string level, int[] rows, int[] codes, int compared, EndpointData endpoint, CoxOptions options,
        string description, string[] byLevels, List<string> notes)
    {
        var events = rows.Count(r => endpoint.Event[r]);
        var arms = rows.Select(r => codes[r]).Distinct().ToArray();
        if (events == 0 || arms.Length < 2)
        {
            notes.Add(events == 0
                ? $"{description}: no event, so no hazard ratio."
                : $"{description}: only {byLevels[arms[0]]} patients, so no hazard ratio.");
            return new SubgroupEstimate { Level = level, N = rows.Length, Events = events };
        }
        var x = new double[rows.Length, 1];
        for (var i = 0; i < rows.Length; i++) x[i, 0] = codes[rows[i]] == compared ? 1 : 0;
        var fit = CoxRegression.Fit(rows.Select(r => endpoint.Time[r]).ToArray(), rows.Select(r => endpoint.Event[r]).ToArray(), x,
            [byLevels[compared]], options);
        var term = fit.Coefficients[0];
        // An infinite hazard ratio is null: the note says so and why, in words (the fit's own warning quotes R's
        // "variable 1", a number a masked report would have to explain).
        if (term.Status == CoxCoefficientStatus.Infinite)
            notes.Add($"{description}: the hazard ratio is {(term.Estimate > 0 ? "infinite" : "zero")} (monotone likelihood: the events fall so that the estimate runs to the boundary), so it is not reported.");
        else
            notes.AddRange(fit.Warnings.Select(w => $"{description}: {w}"));
        return new SubgroupEstimate
        {
            Level = level, N = rows.Length, Events = events, Hr = term.HazardRatio, Lower = term.Lower, Upper = term.Upper, P = term.P,
        };
    }

    private static double? InteractionP(int[] rows, int[] codes, int compared, int[] subCodes, EndpointData endpoint, CoxOptions options)
    {
        var levels = rows.Select(r => subCodes[r]).Distinct().Order().ToArray();
        if (levels.Length < 2 || rows.Count(r => endpoint.Event[r]) == 0) return null;
        var dummies = levels.Skip(1).ToArray();
        var main = new double[rows.Length, 1 + dummies.Length];
        var full = new double[rows.Length, 1 + 2 * dummies.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var arm = codes[rows[i]] == compared ? 1.0 : 0.0;
            main[i, 0] = full[i, 0] = arm;
            for (var d = 0; d < dummies.Length; d++)
            {
                var indicator = subCodes[rows[i]] == dummies[d] ? 1.0 : 0.0;
                main[i, 1 + d] = full[i, 1 + d] = indicator;
                full[i, 1 + dummies.Length + d] = arm * indicator;
            }
        }
        var time = rows.Select(r => endpoint.Time[r]).ToArray();
        var status = rows.Select(r => endpoint.Event[r]).ToArray();
        var names = Enumerable.Range(0, 1 + 2 * dummies.Length).Select(j => "c" + j).ToArray();
        var reduced = CoxRegression.Fit(time, status, main, names[..(1 + dummies.Length)], options);
        var complete = CoxRegression.Fit(time, status, full, names, options);
        // As anova() on the two coxph fits: df is the difference in non-aliased coefficients. Aliased interaction
        // columns (a subgroup with one arm only) add none; an infinite coefficient (a subgroup whose events are all in
        // one arm) still does, since the likelihood ratio exists where its Wald test does not.
        static int Estimable(CoxFit fit) => fit.Coefficients.Count(c => c.Status != CoxCoefficientStatus.Aliased);
        var df = Estimable(complete) - Estimable(reduced);
        if (df == 0) return null;
        var chisq = Math.Max(0, 2 * (complete.LogLikelihood - reduced.LogLikelihood));
        return ChiSquareDistribution.UpperTail(chisq, df);
    }
}
