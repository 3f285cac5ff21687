using HccReport.Rendering.Figures;
using HccReport.Results;

namespace HccReport.Rendering.Outputs;

/// <summary>
/// The report's figures. Wiring point for the figure classes of Rendering/Figures: the flowchart is a
/// <c>ConsortFlowchart</c>, a <see cref="KaplanMeierResult"/> a <c>KaplanMeierFigure</c>, a
/// <see cref="SubgroupResult"/> and the multivariable terms of a <see cref="CoxResult"/> or
/// <see cref="LogisticResult"/> a <c>ForestPlot</c>, each given a <c>FigureOptions</c> made from the
/// <see cref="FigureContext"/> (P formatter <c>context.Style.PStatement</c>, <c>context.Dpi</c>,
/// <c>context.SuppressBelow</c>).
/// </summary>
/// <remarks>Until those classes are merged this factory makes no figure, and the documents print without figures.</remarks>
public sealed class FigureFactory : IFigureFactory
{
    /// <inheritdoc />
    public IFigure? Flowchart(CohortFlow flow, FigureContext context) => null;

    /// <inheritdoc />
    public IFigure? ForAnalysis(AnalysisResult analysis, FigureContext context) => null;
}
