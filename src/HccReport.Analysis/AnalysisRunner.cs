using HccReport.Analysis.Models;
using HccReport.Analysis.Survival;
using HccReport.Analysis.Tables;
using HccReport.Core;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;
using HccReport.Results;

namespace HccReport.Analysis;

/// <summary>Sends each analysis to the code for its kind, after the checks every kind shares.</summary>
internal static class AnalysisRunner
{
    public static AnalysisResult? Run(AnalysisInput input, AnalysisContext context, DiagnosticBag diagnostics)
    {
        var spec = input.Spec;
        if (input.CompleteRows.Length == 0)
        {
            diagnostics.Add(DiagnosticCatalog.AnalysisNoRows(spec.Location, spec.Id.Name,
                input.Rows.Length == 0 ? "its where condition keeps no included row" : "every row lacks the endpoint's time or event"));
            return null;
        }
        return spec switch
        {
            KaplanMeierSpec => KaplanMeierAnalysis.Run(input, context, diagnostics),
            CoxSpec => CoxAnalysis.Run(input, context, diagnostics),
            LogisticSpec => LogisticAnalysis.Run(input, context, diagnostics),
            BaselineSpec => BaselineAnalysis.Run(input, context, diagnostics),
            SubgroupSpec => SubgroupAnalysis.Run(input, context, diagnostics),
            _ => throw new NotSupportedException($"analysis kind {spec.Kind} has no implementation"),
        };
    }
}
