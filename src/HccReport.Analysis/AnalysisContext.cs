using HccReport.Core;
using HccReport.Core.Spec;

namespace HccReport.Analysis;

/// <summary>What every analysis needs besides its own input: the study and the conventions in force.</summary>
internal sealed record AnalysisContext
{
    public required Study Study { get; init; }

    /// <summary>R (default) or SPSS conventions.</summary>
    public CompatMode Compat => Study.Spec.Compat;

    /// <summary>Confidence level of every interval.</summary>
    public double ConfidenceLevel => Study.Spec.ConfidenceLevel;

    /// <summary>The spec's time-unit label.</summary>
    public string TimeUnit => Study.Spec.TimeUnit;

    /// <summary>Display label of a variable.</summary>
    public string LabelOf(string variable) => Study.LabelOf(variable);
}
