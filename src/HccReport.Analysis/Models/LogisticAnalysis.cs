using System.Globalization;
using HccReport.Core;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;
using HccReport.Results;
using HccReport.Statistics.Regression;

namespace HccReport.Analysis.Models;

/// <summary>
/// <c>kind: logistic</c>: every covariate alone (univariate), then the covariates together or those the
/// spec's <c>select</c> keeps (multivariable), as R's <c>glm(family = binomial)</c> fits them.
/// </summary>
internal static class LogisticAnalysis
{
    public static LogisticResult? Run(AnalysisInput input, AnalysisContext context, DiagnosticBag diagnostics)
    {
        var spec = (LogisticSpec)input.Spec;
        var outcome = input.Outcome!;
        var outcomeValues = outcome.Values.ToArray();
        bool HasOutcome(int row) => outcomeValues[row] >= 0;
        var options = new LogisticOptions
        {
            Convention = context.Compat == CompatMode.Spss ? LogisticConvention.Spss : LogisticConvention.R,
            IntervalMethod = spec.Interval == LogisticInterval.Profile ? LogisticIntervalMethod.Profile : LogisticIntervalMethod.Wald,
            ConfidenceLevel = context.ConfidenceLevel,
        };
        var references = spec.Reference.ToDictionary(r => r.Variable.Name, r => r.Level, StringComparer.Ordinal);
        var covariates = spec.Covariates.Select(c => c.Name).ToArray();
        var notes = new List<string>();

        var univariate = new List<LogisticTerm>();
        var separated = new List<string>();
        var univariateP = new List<double?>();
        foreach (var covariate in covariates)
        {
            var design = ModelDesignBuilder.Build(context, spec, input.Rows, [covariate], references, HasOutcome, diagnostics);
            if (design is null) return null;
            if (!BothOutcomes(design, outcomeValues, spec, diagnostics)) return null;
            var fit = Fit(design, outcomeValues, options);
            separated.AddRange(fit.Separation.Kind == SeparationKind.None ? [] : [$"{context.LabelOf(covariate)} alone: {fit.Separation.Message}"]);
            univariate.AddRange(Terms(fit, design));
            // The P a univariate table prints: z for one column, the joint Wald b'V^-1 b for a categorical variable
            // (docs/selection.md), as the Cox analysis screens.
            univariateP.Add(design.ColumnCount == 1 ? fit.Terms[0].P : fit.JointWald(Enumerable.Range(0, design.ColumnCount).ToArray())?.P);
            notes.AddRange(fit.Notes.Select(n => $"{context.LabelOf(covariate)} alone: {n}"));
        }

        var all = ModelDesignBuilder.Build(context, spec, input.Rows, covariates, references, HasOutcome, diagnostics);
        if (all is null) return null;
        // A subset of the covariates over more rows cannot turn constant where all of them together were not.
        var (chosen, selection) = VariableSelection.Choose(all, univariateP, spec.Select,
            names => ModelDesignBuilder.Build(context, spec, input.Rows, names, references, HasOutcome, diagnostics)!,
            d => new LogisticSelectableModel(Y(d, outcomeValues), d.X, options));

        LogisticModelResult? multivariable = null;
        if (chosen.Count == 0)
        {
            notes.Add(VariableSelection.NoModelNote(spec.Select));
        }
        else
        {
            var keptNames = chosen.Select(v => all.Variables[v].Name).ToArray();
            var design = ModelDesignBuilder.Build(context, spec, input.Rows, keptNames, references, HasOutcome, diagnostics)!;
            var fit = Fit(design, outcomeValues, options);
            if (Collinearity.Check(fit.Terms.Select(t => t.Aliased).ToArray(), design, spec, diagnostics))
                return null;
            separated.AddRange(fit.Separation.Kind == SeparationKind.None ? [] : [$"multivariable model: {fit.Separation.Message}"]);
            notes.AddRange(fit.Notes.Select(n => $"Multivariable model: {n}"));
            multivariable = new LogisticModelResult
            {
                N = fit.N,
                Events = fit.Events,
                Loglik = fit.LogLikelihood,
                LoglikNull = fit.LogLikelihood - fit.LikelihoodRatio.ChiSquare / 2,
                Aic = fit.Aic,
                LikelihoodRatio = new StatisticalTest
                {
                    Chisq = fit.LikelihoodRatio.ChiSquare, Df = fit.LikelihoodRatio.DegreesOfFreedom, P = fit.LikelihoodRatio.P,
                },
                Converged = fit.Converged,
                Iterations = fit.Iterations,
                Separation = fit.Separation.Kind switch
                {
                    SeparationKind.Complete => "complete",
                    SeparationKind.QuasiComplete => "quasi-complete",
                    _ => "none",
                },
                Intercept = Term(fit.Intercept, LogisticRegression.InterceptName, "Intercept", "(Intercept)", fit.N),
                Terms = Terms(fit, design),
                Selection = selection,
            };
        }

        if (separated.Count > 0)
            diagnostics.Add(DiagnosticCatalog.ModelSeparation(spec.Location, spec.Id.Name, string.Join(" ", separated)));

        return new LogisticResult
        {
            Id = spec.Id.Name,
            Title = spec.Title ?? $"Logistic regression for {spec.Outcome.Text}",
            Caption = spec.Caption,
            Where = spec.Where?.Text,
            RowsMissing = input.Rows.Length - all.Rows.Length,
            Notes = notes,
            Outcome = spec.Outcome.Text,
            OutcomeLabel = spec.OutcomeLabel ?? OutcomeLabel(spec.Outcome.Text, context),
            IntervalMethod = spec.Interval == LogisticInterval.Profile ? "profile" : "wald",
            ConfidenceLevel = context.ConfidenceLevel,
            Covariates = all.CovariateInfo,
            Univariate = univariate,
            Multivariable = multivariable,
        };
    }

    /// <summary>"Type of resistance: Primary" for <c>resistance == 'Primary'</c>; a variable's label for a bare 0/1 variable; else the expression.</summary>
    private static string OutcomeLabel(string expression, AnalysisContext context)
    {
        var match = System.Text.RegularExpressions.Regex.Match(expression.Trim(), @"^(?<var>[A-Za-z_][A-Za-z0-9_]*)\s*==\s*['""](?<level>[^'""]*)['""]$");
        if (match.Success) return $"{context.LabelOf(match.Groups["var"].Value)}: {match.Groups["level"].Value}";
        var bare = expression.Trim();
        return context.Study.Data.Contains(bare) ? context.LabelOf(bare) : bare;
    }

    private static bool BothOutcomes(ModelDesign design, sbyte[] outcome, LogisticSpec spec, DiagnosticBag diagnostics)
    {
        var events = design.Rows.Count(r => outcome[r] == 1);
        if (events > 0 && events < design.Rows.Length) return true;
        diagnostics.Add(DiagnosticCatalog.AnalysisNoEvents(spec.Location, spec.Id.Name,
            events == 0 ? $"the outcome is false in all {design.Rows.Length} rows" : $"the outcome is true in all {design.Rows.Length} rows"));
        return false;
    }

    private static bool[] Y(ModelDesign design, sbyte[] outcome) => design.Rows.Select(r => outcome[r] == 1).ToArray();

    private static LogisticFit Fit(ModelDesign design, sbyte[] outcome, LogisticOptions options) =>
        LogisticRegression.Fit(Y(design, outcome), design.X, design.ColumnNames, options);

    private static IReadOnlyList<LogisticTerm> Terms(LogisticFit fit, ModelDesign design) =>
        fit.Terms.Select((c, j) => Term(c, design.ColumnNames[j], design.ColumnLabels[j],
            design.Variables.First(v => v.Columns.Contains(j)).Name, fit.N)).ToArray();

    private static LogisticTerm Term(LogisticCoefficient c, string term, string label, string variable, int n) => new()
    {
        Term = term,
        Label = label,
        Variable = variable,
        Coef = c.Estimate,
        Se = c.StandardError,
        Or = c.OddsRatio is double or && double.IsFinite(or) ? or : null,
        Lower = c.OddsRatioLower is double l && double.IsFinite(l) ? l : null,
        Upper = c.OddsRatioUpper is double u && double.IsFinite(u) ? u : null,
        Z = c.Z,
        P = c.P,
        N = n,
    };
}
