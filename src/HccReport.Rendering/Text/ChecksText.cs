using HccReport.Results;

namespace HccReport.Rendering.Text;

/// <summary>The summary sentence of the checks against the manuscript.</summary>
public static class ChecksText
{
    /// <summary>"All 14 printed values match ..." or "12 of 14 ... 2 do not: ...".</summary>
    public static string Summary(IReadOnlyList<ExpectationCheck> checks)
    {
        if (checks.Count == 0)
            return "The spec lists no printed values to check (spec key expect), so nothing was compared with a manuscript.";
        var mismatches = checks.Where(c => !c.Match).ToList();
        var total = MethodsText.Int(checks.Count);
        if (mismatches.Count == 0)
            return $"All {total} printed values match the values recomputed from the data after rounding them the way the manuscript did.";
        var which = mismatches.Select(c => $"{c.Source ?? c.Path} (printed {c.Printed}, recomputed {c.RecomputedRounded ?? "nothing"})").ToList();
        return $"{MethodsText.Int(checks.Count - mismatches.Count)} of {total} printed values match the recomputed ones; " +
               $"{MethodsText.Int(mismatches.Count)} {(mismatches.Count == 1 ? "does" : "do")} not: {Prose.List(which)}.";
    }
}
