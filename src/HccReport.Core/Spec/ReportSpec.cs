using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>
/// A whole analysis spec as read from YAML by <see cref="SpecLoader"/>: immutable, every node with its position.
/// Paths are resolved against the spec file's folder.
/// </summary>
public sealed record ReportSpec
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string FilePath { get; init; }

    /// <summary>Title of the report; default the spec file's name without extension.</summary>
    public required string Title { get; init; }

    /// <summary>Optional subtitle.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Label of every time in the report; default "months".</summary>
    public string TimeUnit { get; init; } = "months";

    /// <summary>Statistical conventions.</summary>
    public CompatMode Compat { get; init; } = CompatMode.R;

    /// <summary>Confidence level of every interval, in (0, 1); default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Number style.</summary>
    public NumberStyle Style { get; init; } = NumberStyle.Default;

    /// <summary>Paper size.</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>Absolute path of a Scriban HTML template; null for the built-in one.</summary>
    public string? Template { get; init; }

    /// <summary>Font family for all documents; null for the default.</summary>
    public string? Font { get; init; }

    /// <summary>Mask every count under this number in every output; null for no masking.</summary>
    public int? SuppressBelow { get; init; }

    /// <summary>The data are synthetic: every document says so.</summary>
    public bool Synthetic { get; init; }

    /// <summary>Free text on the data's origin.</summary>
    public string? DataNote { get; init; }

    /// <summary>The data source.</summary>
    public required DataSpec Data { get; init; }

    /// <summary>Labels and reference levels of variables.</summary>
    public IReadOnlyList<VariableSpec> Variables { get; init; } = [];

    /// <summary>Derived variables in order.</summary>
    public IReadOnlyList<DerivedVariableSpec> Derive { get; init; } = [];

    /// <summary>The cohort flow; null to include every row.</summary>
    public CohortSpec? Cohort { get; init; }

    /// <summary>Endpoints in spec order.</summary>
    public IReadOnlyList<EndpointSpec> Endpoints { get; init; } = [];

    /// <summary>Analyses in spec order.</summary>
    public IReadOnlyList<AnalysisSpec> Analyses { get; init; } = [];

    /// <summary>Printed values to check.</summary>
    public IReadOnlyList<ExpectationSpec> Expect { get; init; } = [];

    /// <summary>Position of the document's root.</summary>
    public required SpecLocation Location { get; init; }

    /// <summary>The endpoint with this id, or null.</summary>
    public EndpointSpec? FindEndpoint(string id) => Endpoints.FirstOrDefault(e => e.Id.Name == id);

    /// <summary>The <c>variables</c> entry of this name, or null.</summary>
    public VariableSpec? FindVariable(string name) => Variables.FirstOrDefault(v => v.Name.Name == name);

    /// <summary>The display label of a variable: its <c>variables.X.label</c>, else its name.</summary>
    public string LabelOf(string name) => FindVariable(name)?.Label ?? name;
}
