using HccReport.Core;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;
using HccReport.Results;
using HccReport.Statistics.Survival.Cox;
using StatCoxTerm = HccReport.Statistics.Survival.Cox.CoxTerm;

namespace HccReport.Analysis.Models;

/// <summary>
/// <c>kind: cox</c>: every covariate alone (univariate), then the covariates together, or those the
/// spec's <c>select</c> keeps (multivariable), as R's <c>coxph</c> fits them; optionally the
/// proportional-hazards test of <c>cox.zph</c>.
/// </summary>
internal static class CoxAnalysis
{
    public static CoxResult? Run(AnalysisInput input, AnalysisContext context, DiagnosticBag diagnostics)
    {
        var spec = (CoxSpec)input.Spec;
        var endpoint = input.Endpoint!;
        var data = context.Study.Data;
        var options = new CoxOptions
        {
            Ties = (spec.Ties ?? (context.Compat == CompatMode.Spss ? TiesMethod.Breslow : TiesMethod.Efron)) == TiesMethod.Breslow
                ? CoxTies.Breslow : CoxTies.Efron,
            Convergence = context.Compat == CompatMode.Spss ? CoxConvergence.Spss : CoxConvergence.R,
            ConfidenceLevel = context.ConfidenceLevel,
        };
        var strata = Strata.Codes(data, spec.Strata.Select(s => s.Name).ToArray());
        bool HasStratum(int row) => strata is null || strata[row] >= 0;
        var references = spec.Reference.ToDictionary(r => r.Variable.Name, r => r.Level, StringComparer.Ordinal);
        var covariates = spec.Covariates.Select(c => c.Name).ToArray();
        var notes = new List<string>();

        var univariate = new List<Results.CoxTerm>();
        var univariateP = new List<double?>();
        foreach (var covariate in covariates)
        {
            var design = ModelDesignBuilder.Build(context, spec, input.CompleteRows, [covariate], references, HasStratum, diagnostics);
            if (design is null) return null;
            var fit = Fit(design, endpoint, strata, options);
            if (fit.Events == 0)
            {
                diagnostics.Add(DiagnosticCatalog.AnalysisNoEvents(spec.Location, spec.Id.Name, $"no event among the {fit.N} rows with {covariate}"));
                return null;
            }
            univariate.AddRange(Terms(fit, design));
            univariateP.Add(design.ColumnCount == 1 ? fit.Coefficients[0].P : fit.WaldTest?.P);
            notes.AddRange(fit.Warnings.Select(w => $"{context.LabelOf(covariate)} alone: {w}"));
        }

        var all = ModelDesignBuilder.Build(context, spec, input.CompleteRows, covariates, references, HasStratum, diagnostics);
        if (all is null) return null;
        // A subset of the covariates over more rows cannot turn constant where all of them together were not.
        var (chosen, selection) = VariableSelection.Choose(all, univariateP, spec.Select,
            names => ModelDesignBuilder.Build(context, spec, input.CompleteRows, names, references, HasStratum, diagnostics)!,
            d => new CoxSelectableModel(Time(d, endpoint), Status(d, endpoint), d.X, d.ColumnNames, options, StrataOf(d, strata)));

        CoxModelResult? multivariable = null;
        if (chosen.Count == 0)
        {
            notes.Add(VariableSelection.NoModelNote(spec.Select));
        }
        else
        {
            // The model's own complete cases: the rows that have every variable it keeps.
            var keptNames = chosen.Select(v => all.Variables[v].Name).ToArray();
            var design = ModelDesignBuilder.Build(context, spec, input.CompleteRows, keptNames, references, HasStratum, diagnostics)!;
            var fit = Fit(design, endpoint, strata, options);
            if (Collinearity.Check(fit.Coefficients.Select(c => c.Status == CoxCoefficientStatus.Aliased).ToArray(), design, spec, diagnostics))
                return null;
            notes.AddRange(fit.Warnings.Select(w => $"Multivariable model: {w}"));
            multivariable = new CoxModelResult
            {
                N = fit.N,
                Events = fit.Events,
                Loglik = fit.LogLikelihood,
                LoglikNull = fit.LogLikelihoodNull,
                Concordance = fit.Concordance.Value,
                ConcordanceStdErr = fit.Concordance.StdErr,
                LikelihoodRatio = Test(fit.LikelihoodRatioTest),
                Wald = Test(fit.WaldTest),
                Score = Test(fit.ScoreTest),
                Converged = fit.Converged,
                Iterations = fit.Iterations,
                Monotone = fit.MonotoneLikelihood,
                Terms = Terms(fit, design),
                ProportionalHazards = spec.PhTest ? PhTest(fit, design, endpoint, strata) : null,
                Selection = selection,
            };
        }

        return new CoxResult
        {
            Id = spec.Id.Name,
            Title = spec.Title ?? $"Cox regression for {endpoint.Label.ToLowerInvariant()}",
            Caption = spec.Caption,
            Where = spec.Where?.Text,
            RowsMissing = input.Rows.Length - all.Rows.Length,
            Notes = notes,
            Endpoint = endpoint.Id,
            EndpointLabel = endpoint.Label,
            Ties = options.Ties == CoxTies.Breslow ? "breslow" : "efron",
            Strata = spec.Strata.Select(s => s.Name).ToArray(),
            ConfidenceLevel = context.ConfidenceLevel,
            Covariates = all.CovariateInfo,
            Univariate = univariate,
            Multivariable = multivariable,
        };
    }

    private static CoxFit Fit(ModelDesign design, Core.Endpoints.EndpointData endpoint, int[]? strata, CoxOptions options) =>
        CoxRegression.Fit(Time(design, endpoint), Status(design, endpoint), design.X, design.ColumnNames, options, StrataOf(design, strata));

    private static double[] Time(ModelDesign design, Core.Endpoints.EndpointData endpoint) => design.Rows.Select(r => endpoint.Time[r]).ToArray();

    private static bool[] Status(ModelDesign design, Core.Endpoints.EndpointData endpoint) => design.Rows.Select(r => endpoint.Event[r]).ToArray();

    private static int[]? StrataOf(ModelDesign design, int[]? strata) => strata is null ? null : design.Rows.Select(r => strata[r]).ToArray();

    private static IReadOnlyList<Results.CoxTerm> Terms(CoxFit fit, ModelDesign design) =>
        fit.Coefficients.Select((c, j) => new Results.CoxTerm
        {
            Term = c.Name,
            Label = design.ColumnLabels[j],
            Variable = design.Variables.First(v => v.Columns.Contains(j)).Name,
            Coef = c.Status == CoxCoefficientStatus.Estimated ? c.Estimate : null,
            Se = c.Status == CoxCoefficientStatus.Estimated ? c.StdError : null,
            Hr = c.HazardRatio,
            Lower = c.Lower,
            Upper = c.Upper,
            Z = c.Z,
            P = c.P,
            N = fit.N,
            Events = fit.Events,
        }).ToArray();

    private static StatisticalTest Test(CoxModelTest? test) =>
        test is null
            ? new StatisticalTest { Df = 0 }
            : new StatisticalTest { Chisq = test.Statistic, Df = test.Df, P = test.P };

    private static Results.ProportionalHazardsTest PhTest(CoxFit fit, ModelDesign design, Core.Endpoints.EndpointData endpoint, int[]? strata)
    {
        var terms = design.Variables.Select(v => new StatCoxTerm { Name = v.Name, Columns = v.Columns }).ToArray();
        var test = ProportionalHazards.Test(fit, Time(design, endpoint), Status(design, endpoint), design.X, terms, StrataOf(design, strata));
        return new Results.ProportionalHazardsTest
        {
            Transform = test.Transform,
            Terms = test.Terms.Select(t => new ProportionalHazardsRow
            {
                Term = t.Term, Chisq = t.ChiSquare, Df = t.Df, P = t.P,
            }).ToArray(),
            Global = new StatisticalTest
            {
                Chisq = test.Global?.ChiSquare, Df = test.Global?.Df ?? 0, P = test.Global?.P,
            },
        };
    }
}
