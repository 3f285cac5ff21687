using HccReport.Rendering.Figures;
using HccReport.Results;

namespace HccReport.Rendering.Outputs;

/// <summary>
/// The one place where the report meets the figure classes: it turns results into figures. The documents only
/// know <see cref="IFigure"/>, so figures can be developed, replaced or stubbed (in tests) without touching them.
/// </summary>
public interface IFigureFactory
{
    /// <summary>The CONSORT flowchart of the cohort, or null for none.</summary>
    IFigure? Flowchart(CohortFlow flow, FigureContext context);

    /// <summary>The figure of an analysis (a Kaplan-Meier plot, a forest plot), or null when the analysis has none.</summary>
    IFigure? ForAnalysis(AnalysisResult analysis, FigureContext context);
}
