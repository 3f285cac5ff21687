using System.Collections.Immutable;
using System.Globalization;
using HccReport.Core.Cohort;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Endpoints;
using HccReport.Core.Expressions;
using HccReport.Core.Spec;

namespace HccReport.Core;

/// <summary>
/// A spec with its data read and checked, ready for the statistics: the data set with derived variables, the cohort
/// flow, the endpoints, each analysis's rows and the data-quality summary. This is everything before the
/// statistics; <c>hccreport validate</c> is <see cref="Load"/> without the rest.
/// </summary>
public sealed class Study
{
    private readonly Dictionary<string, AnalysisInput> _analyses;

    private Study(ReportSpec spec, Dataset data, CohortResult cohort, IReadOnlyDictionary<string, EndpointData> endpoints,
        IReadOnlyList<AnalysisInput> analyses, DataQualitySummary quality, IReadOnlyList<Diagnostic> warnings)
    {
        Spec = spec;
        Data = data;
        Cohort = cohort;
        Endpoints = endpoints;
        Analyses = analyses;
        _analyses = analyses.ToDictionary(a => a.Spec.Id.Name, StringComparer.Ordinal);
        DataQuality = quality;
        Warnings = warnings;
    }

    /// <summary>The spec.</summary>
    public ReportSpec Spec { get; }

    /// <summary>The data: file columns (typed, labelled, reference levels set by <c>variables</c>), then derived variables.</summary>
    public Dataset Data { get; }

    /// <summary>The cohort flow with the rows behind every count.</summary>
    public CohortResult Cohort { get; }

    /// <summary>Endpoints by id.</summary>
    public IReadOnlyDictionary<string, EndpointData> Endpoints { get; }

    /// <summary>Each analysis's checked input, in spec order.</summary>
    public IReadOnlyList<AnalysisInput> Analyses { get; }

    /// <summary>Missing values among the included rows, and cells set to missing while reading.</summary>
    public DataQualitySummary DataQuality { get; }

    /// <summary>Problems that do not stop the report (rows without an endpoint time, empty groups...).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>The checked input of the analysis with this id.</summary>
    /// <exception cref="KeyNotFoundException">No analysis has that id.</exception>
    public AnalysisInput InputOf(string analysisId) => _analyses[analysisId];

    /// <summary>The display label of a variable (<c>variables.X.label</c>, else its name).</summary>
    public string LabelOf(string variable) => Spec.LabelOf(variable);

    /// <summary>Reads the spec and its data and checks everything; all problems are thrown together.</summary>
    /// <exception cref="SpecException">The spec or the data has at least one error.</exception>
    public static Study Load(string specPath)
    {
        var diagnostics = new DiagnosticBag();
        var study = TryLoad(specPath, diagnostics);
        diagnostics.ThrowIfErrors();
        return study!;
    }

    /// <summary>Reads the spec and its data, adding every problem (errors and warnings) to <paramref name="diagnostics"/>.</summary>
    /// <returns>The study, or null when there is an error.</returns>
    public static Study? TryLoad(string specPath, DiagnosticBag diagnostics)
    {
        var spec = SpecLoader.TryLoad(specPath, diagnostics);
        return spec is null || diagnostics.HasErrors ? null : TryPrepare(spec, diagnostics);
    }

    /// <summary>Reads the data of a loaded spec and checks everything against it; all problems are thrown together.</summary>
    /// <exception cref="SpecException">The data or a part of the spec that depends on it has at least one error.</exception>
    public static Study Prepare(ReportSpec spec)
    {
        var diagnostics = new DiagnosticBag();
        var study = TryPrepare(spec, diagnostics);
        diagnostics.ThrowIfErrors();
        return study!;
    }

    /// <summary>Reads the data of a loaded spec, adding every problem to <paramref name="diagnostics"/>.</summary>
    /// <returns>The study, or null when there is an error.</returns>
    public static Study? TryPrepare(ReportSpec spec, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var data = DataReader.TryRead(spec.Data, diagnostics);
        return data is null ? null : TryPrepare(spec, data, diagnostics);
    }

    /// <summary>Checks a spec against data already read (tests, tools); problems go to <paramref name="diagnostics"/>.</summary>
    /// <returns>The study, or null when there is an error.</returns>
    public static Study? TryPrepare(ReportSpec spec, Dataset data, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errorsBefore = diagnostics.ErrorCount;
        var warningsBefore = diagnostics.Items.Count;
        var failed = new HashSet<string>(StringComparer.Ordinal);
        data = Derive(spec, data, diagnostics, failed);
        data = ApplyVariables(spec, data, diagnostics, failed);
        var cohort = CohortBuilder.TryBuild(data, spec.Cohort, diagnostics, spec.LabelOf);
        if (cohort is null)
            return null;
        var endpoints = new Dictionary<string, EndpointData>(StringComparer.Ordinal);
        foreach (var endpoint in spec.Endpoints)
        {
            if (EndpointBuilder.TryBuild(endpoint, data, cohort.IncludedRows, diagnostics) is { } built)
                endpoints[endpoint.Id.Name] = built;
        }
        var analyses = new List<AnalysisInput>();
        foreach (var analysis in spec.Analyses)
        {
            if (PrepareAnalysis(spec, analysis, data, cohort, endpoints, diagnostics, failed) is { } input)
                analyses.Add(input);
        }
        if (diagnostics.ErrorCount > errorsBefore)
            return null;
        var warnings = diagnostics.Items.Skip(warningsBefore).Where(d => !d.IsError).ToArray();
        return new Study(spec, data, cohort, endpoints, analyses, DataQualitySummary.Compute(data, cohort), warnings);
    }

    /// <summary>Adds the derived variables in order; the names of those that fail go to <paramref name="failed"/>, so later references to them are not reported again.</summary>
    private static Dataset Derive(ReportSpec spec, Dataset data, DiagnosticBag diagnostics, HashSet<string> failed)
    {
        foreach (var derived in spec.Derive)
        {
            if (data.Contains(derived.Name.Name))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateName(derived.Name.Location, derived.Name.Name));
                continue;
            }
            var compiled = ExpressionCompiler.TryCompile(derived.Expression, data, diagnostics);
            if (compiled is not null)
                data = data.WithColumn(compiled.Evaluate(data, derived.Name.Name));
            else
                failed.Add(derived.Name.Name);
        }
        return data;
    }

    private static Dataset ApplyVariables(ReportSpec spec, Dataset data, DiagnosticBag diagnostics, HashSet<string> failed)
    {
        foreach (var variable in spec.Variables)
        {
            var column = data.Find(variable.Name.Name);
            if (column is null && failed.Contains(variable.Name.Name))
                continue;
            if (column is null)
            {
                diagnostics.Add(DiagnosticCatalog.UnknownVariable(variable.Name.Location, variable.Name.Name, data.Columns.Select(c => c.Name)));
                continue;
            }
            if (variable.Reference is { } reference && CheckReference(column, reference, variable.ReferenceLocation ?? variable.Location, diagnostics))
                data = data.WithColumn(((CategoricalColumn)column).WithReference(reference));
        }
        return data;
    }

    private static bool CheckReference(Column column, string level, SpecLocation at, DiagnosticBag diagnostics)
    {
        if (column is not CategoricalColumn categorical)
        {
            diagnostics.Add(DiagnosticCatalog.NotCategorical(at, column.Name));
            return false;
        }
        if (categorical.IndexOf(level) >= 0)
            return true;
        diagnostics.Add(DiagnosticCatalog.UnknownLevel(at, column.Name, level, categorical.Levels));
        return false;
    }

    private static AnalysisInput? PrepareAnalysis(ReportSpec spec, AnalysisSpec analysis, Dataset data, CohortResult cohort,
        Dictionary<string, EndpointData> endpoints, DiagnosticBag diagnostics, HashSet<string> failed)
    {
        var errorsBefore = diagnostics.ErrorCount;
        foreach (var name in VariablesOf(analysis))
        {
            if (!data.Contains(name.Name) && !failed.Contains(name.Name))
                diagnostics.Add(DiagnosticCatalog.UnknownVariable(name.Location, name.Name, data.Columns.Select(c => c.Name)));
        }
        var references = analysis switch
        {
            CoxSpec cox => cox.Reference,
            LogisticSpec logistic => logistic.Reference,
            _ => [],
        };
        foreach (var reference in references)
        {
            if (data.Find(reference.Variable.Name) is { } column)
                CheckReference(column, reference.Level, reference.Location, diagnostics);
            else
                diagnostics.Add(DiagnosticCatalog.UnknownVariable(reference.Variable.Location, reference.Variable.Name, data.Columns.Select(c => c.Name)));
        }
        if (analysis is SubgroupSpec { Reference: { } level } subgroup && data.Find(subgroup.By.Name) is { } by)
            CheckReference(by, level, subgroup.By.Location, diagnostics);

        var rows = cohort.IncludedRows;
        if (analysis.Where is { } where && ExpressionCompiler.TryCompileCondition(where, data, diagnostics) is { } condition)
        {
            var keep = condition.EvaluateCondition(data);
            rows = rows.Where(i => keep[i]).ToImmutableArray();
            // Found here rather than when computing, so that validate reports it too.
            if (rows.Length == 0 && cohort.Included > 0)
                diagnostics.Add(DiagnosticCatalog.AnalysisNoRows(where.Location, analysis.Id.Name,
                    string.Create(CultureInfo.InvariantCulture, $"its where condition keeps none of the {cohort.Included} included rows (a missing value counts as false)")));
        }
        BooleanColumn? outcome = null;
        if (analysis is LogisticSpec { Outcome: var outcomeSpec })
            outcome = Outcome(outcomeSpec, data, rows, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore)
            return null;

        var endpointName = analysis switch
        {
            KaplanMeierSpec km => km.Endpoint.Name,
            CoxSpec cox => cox.Endpoint.Name,
            SubgroupSpec sub => sub.Endpoint.Name,
            _ => null,
        };
        if (endpointName is null)
            return new AnalysisInput { Spec = analysis, Rows = rows, CompleteRows = rows, Outcome = outcome };
        if (!endpoints.TryGetValue(endpointName, out var endpoint))
            return null;
        var (missingTime, missingEvent) = EndpointBuilder.CheckMissing(endpoint, spec.FindEndpoint(endpointName)!, analysis.Id.Name, rows, data, diagnostics);
        var complete = endpoint.CompleteRows(rows);
        if (complete.Length == 0 && rows.Length > 0)
        {
            diagnostics.Add(DiagnosticCatalog.AnalysisNoRows(analysis.Location, analysis.Id.Name,
                string.Create(CultureInfo.InvariantCulture, $"none of its {rows.Length} rows has both a time and an event of '{endpointName}'")));
            return null;
        }
        return new AnalysisInput
        {
            Spec = analysis, Rows = rows, Endpoint = endpoint, CompleteRows = complete,
            MissingTime = missingTime, MissingEvent = missingEvent,
        };
    }

    private static IEnumerable<SpecName> VariablesOf(AnalysisSpec analysis) => analysis switch
    {
        KaplanMeierSpec km => new[] { km.By, km.TestStrata }.OfType<SpecName>(),
        CoxSpec cox => cox.Covariates.Concat(cox.Strata),
        LogisticSpec logistic => logistic.Covariates,
        BaselineSpec baseline => baseline.Rows.Concat(new[] { baseline.By }.OfType<SpecName>()),
        SubgroupSpec subgroup => subgroup.Subgroups.Prepend(subgroup.By),
        _ => [],
    };

    /// <summary>A logistic outcome: a condition, a boolean column, or a number column holding only 0/1 among the analysis's rows.</summary>
    private static BooleanColumn? Outcome(SpecExpression outcome, Dataset data, ImmutableArray<int> rows, DiagnosticBag diagnostics)
    {
        var compiled = ExpressionCompiler.TryCompile(outcome, data, diagnostics);
        if (compiled is null)
            return null;
        var column = compiled.Evaluate(data, "outcome");
        if (column is BooleanColumn flags)
            return flags;
        if (column is NumericColumn numbers && rows.All(i => numbers.IsMissing(i) || numbers[i] is 0 or 1))
        {
            var values = new sbyte[numbers.Length];
            for (var i = 0; i < values.Length; i++)
                values[i] = numbers.IsMissing(i) ? (sbyte)-1 : numbers[i] == 1 ? (sbyte)1 : (sbyte)0;
            return new BooleanColumn("outcome", values);
        }
        diagnostics.Add(DiagnosticCatalog.NotCondition(outcome.Location, outcome.Key, column.Kind == ColumnKind.Number ? "numbers other than 0/1" : "a " + column.Kind.ToString().ToLowerInvariant()));
        return null;
    }
}
