using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using HccReport.Analysis.Checks;
using HccReport.Analysis.Survival;
using HccReport.Core;
using HccReport.Core.Cohort;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;
using HccReport.Results;

namespace HccReport.Analysis;

/// <summary>
/// Turns a loaded study (spec, data, cohort, endpoints) into the results model: every analysis in spec
/// order, the flow, provenance, conventions, data quality and the manuscript checks. The one entry point
/// between the data side and the renderers.
/// </summary>
public static class ReportBuilder
{
    /// <summary>The tool's name in provenance and document metadata.</summary>
    public const string ToolName = "HccReport";

    /// <summary>The tool's version (the assembly's informational version without build metadata).</summary>
    public static string ToolVersion { get; } = ReadVersion();

    /// <summary>Computes every analysis of <paramref name="study"/>.</summary>
    /// <exception cref="SpecException">An analysis cannot be computed from the data (no rows, no events, a path in <c>expect</c> that names nothing).</exception>
    public static ReportResults Build(Study study) => Build(study, new DiagnosticBag());

    /// <summary>
    /// Computes every analysis of <paramref name="study"/>, adding the warnings of the analyses (a log-rank test that
    /// cannot be computed, separation in a logistic model) to <paramref name="warnings"/> for the console.
    /// </summary>
    /// <exception cref="SpecException">An analysis cannot be computed from the data.</exception>
    public static ReportResults Build(Study study, DiagnosticBag warnings)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(warnings);
        var context = new AnalysisContext { Study = study };
        var diagnostics = new DiagnosticBag();
        var analyses = new List<AnalysisResult>();
        // Analyses are independent and read the study only: they run on every core, each with its own
        // diagnostics, and are collected in spec order so the results do not depend on scheduling.
        var inputs = study.Analyses;
        var computed = new AnalysisResult?[inputs.Count];
        var found = new DiagnosticBag[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            found[i] = new DiagnosticBag();
            computed[i] = AnalysisRunner.Run(inputs[i], context, found[i]);
        });
        for (var i = 0; i < inputs.Count; i++)
        {
            diagnostics.AddRange(found[i].Items);
            if (computed[i] is { } result) analyses.Add(result);
        }
        diagnostics.ThrowIfErrors();
        warnings.AddRange(diagnostics.Items);

        var spec = study.Spec;
        var results = new ReportResults
        {
            Title = spec.Title,
            Subtitle = spec.Subtitle,
            TimeUnit = spec.TimeUnit,
            Provenance = Provenance(study),
            Conventions = Conventions(spec),
            Flow = Flow(study.Cohort),
            DataQuality = DataQuality(study),
            Analyses = analyses,
            SuppressBelow = spec.SuppressBelow,
            // The message without its row ids: a report never carries a patient identifier.
            Warnings = study.Warnings.Concat(diagnostics.Items)
                .Select(d => WarningText.ForReport($"{d.Code}: {d.Message}", spec.SuppressBelow)).ToArray(),
        };
        return WithChecks(results, spec);
    }

    private static ReportResults WithChecks(ReportResults results, ReportSpec spec)
    {
        if (spec.Expect.Count == 0) return results;
        var diagnostics = new DiagnosticBag();
        foreach (var e in spec.Expect.Where(e => e.Rounding is not null && !RoundingRule.IsValid(e.Rounding)))
            diagnostics.Add(DiagnosticCatalog.ExpectInvalidRounding(e.Location, e.Rounding!));
        diagnostics.ThrowIfErrors();

        var json = JsonNode.Parse(ResultsJson.Serialize(results))!;
        var printed = spec.Expect.Select(e => new PrintedValue
        {
            Path = e.Path, Printed = e.Printed, Rounding = e.Rounding ?? "auto", Source = e.Source,
        }).ToArray();
        var (checks, unresolved) = ManuscriptCheck.Run(json, printed);
        foreach (var (value, problem) in unresolved)
        {
            var at = spec.Expect.First(e => ReferenceEquals(e.Path, value.Path) || e.Path == value.Path).Location;
            diagnostics.Add(DiagnosticCatalog.ExpectUnknownPath(at, value.Path, problem));
        }
        diagnostics.ThrowIfErrors();
        return results with { Checks = checks };
    }

    private static Results.Provenance Provenance(Study study) => new()
    {
        Tool = ToolName,
        Version = ToolVersion,
        Spec = Path.GetFileName(study.Spec.FilePath),
        SpecSha256 = Sha256(study.Spec.FilePath),
        Data =
        [
            new DataFileProvenance
            {
                Path = study.Spec.Data.PathAsWritten,
                Sha256 = Sha256(study.Spec.Data.Path),
                Rows = study.Data.RowCount,
                Columns = study.Data.Columns.Count - study.Spec.Derive.Count,
            },
        ],
        Synthetic = study.Spec.Synthetic,
        DataNote = study.Spec.DataNote,
    };

    private static Results.Conventions Conventions(ReportSpec spec) => spec.Compat == CompatMode.Spss
        ? new Results.Conventions
        {
            Compat = "spss",
            Ties = "breslow",
            KmConfidenceInterval = "log",
            MedianConfidenceInterval = "wald",
            ConfidenceLevel = spec.ConfidenceLevel,
            SelectionEntryTest = "score",
            SelectionRemovalTest = "lr",
            ReferenceSoftware = "IBM SPSS Statistics (KM, COXREG, LOGISTIC REGRESSION, CROSSTABS conventions)",
        }
        : new Results.Conventions
        {
            Compat = "r",
            Ties = "efron",
            KmConfidenceInterval = "log",
            MedianConfidenceInterval = "brookmeyer-crowley",
            ConfidenceLevel = spec.ConfidenceLevel,
            SelectionEntryTest = "score",
            SelectionRemovalTest = "lr",
            ReferenceSoftware = "R (survival package: survfit, survdiff, coxph; stats: glm)",
        };

    private static CohortFlow Flow(CohortResult cohort) => new()
    {
        Screened = cohort.Screened,
        ScreenedLabel = cohort.ScreenedLabel,
        Excluded = cohort.Excluded.Select(e => new FlowExclusion
        {
            Reason = e.Reason,
            N = e.N,
            Kind = e.Kind switch { ExclusionKind.Inclusion => "inclusion", ExclusionKind.MissingGroup => "missing_group", _ => "exclusion" },
        }).ToArray(),
        Included = cohort.Included,
        IncludedLabel = cohort.IncludedLabel,
        GroupsVariable = cohort.GroupVariable,
        Groups = cohort.GroupVariable is null ? [] : cohort.Groups.Select(g => new FlowGroup { Level = g.Level, N = g.N }).ToArray(),
        Steps = cohort.Steps.Select(s => new FlowStep
        {
            Label = s.Label,
            Kind = s.Kind == FlowStepKind.Split ? "split" : "subset",
            Variable = s.Variable,
            Groups = s.Groups.Select(g => new FlowStepGroup
            {
                Group = g.Group,
                N = g.N,
                NotMeeting = g.NotMeeting,
                Levels = g.Levels.Select(l => new FlowGroup { Level = l.Level, N = l.N }).ToArray(),
            }).ToArray(),
        }).ToArray(),
    };

    private static Results.DataQuality DataQuality(Study study) => new()
    {
        Rows = study.DataQuality.Rows,
        Missing = study.DataQuality.Missing.Select(m => new Results.VariableMissing { Variable = m.Variable, Missing = m.Missing, N = m.N }).ToArray(),
        Coerced = study.DataQuality.Coerced.Select(c => new CoercedCells { Variable = c.Column, N = c.Count, Reason = c.Reason }).ToArray(),
    };

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string ReadVersion()
    {
        var informational = typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? typeof(ReportBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
