using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;

namespace HccReport.Analysis.Models;

/// <summary>Where the spec names a variable of an analysis, so a message about it points at that name.</summary>
internal static class VariableLocation
{
    /// <summary>The position of <paramref name="variable"/> in the analysis's lists, else the analysis itself.</summary>
    public static SpecLocation Of(AnalysisSpec analysis, string variable)
    {
        IEnumerable<SpecName?> names = analysis switch
        {
            CoxSpec cox => cox.Covariates.Concat(cox.Strata),
            LogisticSpec logistic => logistic.Covariates,
            BaselineSpec baseline => baseline.Rows.Prepend(baseline.By),
            SubgroupSpec subgroup => subgroup.Subgroups.Prepend(subgroup.By),
            KaplanMeierSpec km => [km.By, km.TestStrata],
            _ => [],
        };
        return names.FirstOrDefault(n => n?.Name == variable)?.Location ?? analysis.Location;
    }
}
