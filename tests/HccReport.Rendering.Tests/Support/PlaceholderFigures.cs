using HccReport.Rendering.Figures;
using HccReport.Rendering.Outputs;
using HccReport.Results;

namespace HccReport.Rendering.Tests.Support;

/// <summary>Gives every flow, Kaplan-Meier and subgroup analysis a placeholder figure, as the real factory will give a real one.</summary>
internal sealed class PlaceholderFigures : IFigureFactory
{
    public List<FigureContext> Contexts { get; } = [];

    public IFigure? Flowchart(CohortFlow flow, FigureContext context)
    {
        Contexts.Add(context);
        return new PlaceholderFigure("flowchart", $"Flowchart placeholder: {flow.Screened} screened", 420, 300);
    }

    public IFigure? ForAnalysis(AnalysisResult analysis, FigureContext context)
    {
        Contexts.Add(context);
        return analysis switch
        {
            KaplanMeierResult km => new PlaceholderFigure("km_" + km.Id, $"Kaplan-Meier placeholder: {km.EndpointLabel}", 440, 330),
            SubgroupResult s => new PlaceholderFigure("forest_" + s.Id, "Forest plot placeholder", 460, 240),
            _ => null,
        };
    }
}
