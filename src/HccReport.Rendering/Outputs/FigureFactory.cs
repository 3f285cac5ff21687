using HccReport.Rendering.Figures;
using HccReport.Results;

namespace HccReport.Rendering.Outputs;

/// <summary>
/// The report's figures: the flowchart is a <see cref="ConsortFlowchart"/>, a <see cref="KaplanMeierResult"/> a
/// <see cref="KaplanMeierFigure"/>, a <see cref="SubgroupResult"/> and the terms of a <see cref="CoxResult"/> or
/// <see cref="LogisticResult"/> a <see cref="ForestPlot"/>. Numbers in figures are written in the report's style.
/// </summary>
public sealed class FigureFactory : IFigureFactory
{
    /// <inheritdoc />
    public IFigure? Flowchart(CohortFlow flow, FigureContext context) =>
        new ConsortFlowchart(flow, Options(context));

    /// <inheritdoc />
    public IFigure? ForAnalysis(AnalysisResult analysis, FigureContext context) => analysis switch
    {
        KaplanMeierResult km => new KaplanMeierFigure(km, Options(context)),
        CoxResult cox when cox.Multivariable is { Terms.Count: > 0 } => ForestPlot.ForCox(cox, ForestModel.Multivariable, Options(context)),
        CoxResult cox when cox.Univariate.Count > 0 => ForestPlot.ForCox(cox, ForestModel.Univariate, Options(context)),
        LogisticResult logit when logit.Multivariable is { Terms.Count: > 0 } => ForestPlot.ForLogistic(logit, ForestModel.Multivariable, Options(context)),
        LogisticResult logit when logit.Univariate.Count > 0 => ForestPlot.ForLogistic(logit, ForestModel.Univariate, Options(context)),
        SubgroupResult subgroup => ForestPlot.ForSubgroups(subgroup, Options(context)),
        _ => null,
    };

    private static FigureOptions Options(FigureContext context) => new()
    {
        FormatPValue = context.Style.P,
        FormatPStatement = context.Style.PStatement,
        FormatRatio = r => context.Style.Ratio(r),
        IntervalSeparator = context.Style.IntervalSeparator,
        Dpi = context.Dpi,
        SuppressBelow = context.SuppressBelow,
        TimeUnit = context.TimeUnit,
    };
}
