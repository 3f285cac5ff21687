using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;

namespace HccReport.Analysis.Models;

/// <summary>
/// A covariate that is a linear combination of others among the analysed rows is an error: R would print NA
/// for it and SPSS would drop it silently, and a multivariable table without a covariate the author asked for
/// is easy to misread.
/// </summary>
internal static class Collinearity
{
    /// <summary>True (with an error naming the covariates) when any design column was aliased by the fit.</summary>
    public static bool Check(IReadOnlyList<bool> aliased, ModelDesign design, AnalysisSpec analysis, DiagnosticBag diagnostics)
    {
        var found = false;
        for (var j = 0; j < aliased.Count; j++)
        {
            if (!aliased[j]) continue;
            var variable = design.Variables.First(v => v.Columns.Contains(j));
            var others = design.Variables.Where(v => v != variable).Select(v => v.Name).ToArray();
            diagnostics.Add(DiagnosticCatalog.ModelCollinear(VariableLocation.Of(analysis, variable.Name), analysis.Id.Name, variable.Name, others));
            found = true;
        }
        return found;
    }
}
