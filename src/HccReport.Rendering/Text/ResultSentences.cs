using HccReport.Results;

namespace HccReport.Rendering.Text;

/// <summary>
/// The results paragraph of each analysis, written from its numbers only: medians with their intervals and the
/// log-rank P value, landmark survival, the ratios of the terms whose intervals exclude 1, group sizes and the
/// variables that differ between groups. Significance is judged at 1 minus the analysis's confidence level.
/// </summary>
public static class ResultSentences
{
    /// <summary>The sentences for an analysis, or an empty list for a kind without a summary.</summary>
    public static IReadOnlyList<string> For(AnalysisResult analysis, FormatContext format) =>
        analysis switch
        {
            KaplanMeierResult km => KaplanMeier(km, format),
            CoxResult cox => Regression(cox.Univariate, cox.Multivariable?.Terms, "HR", $"{Prose.Inline(cox.EndpointLabel)}", cox.ConfidenceLevel, cox.Multivariable?.Selection, format),
            LogisticResult logit => Regression(logit.Univariate, logit.Multivariable?.Terms, "OR", Prose.Inline(logit.OutcomeLabel), logit.ConfidenceLevel, logit.Multivariable?.Selection, format),
            BaselineResult baseline => Baseline(baseline, format),
            SubgroupResult subgroup => Subgroup(subgroup, format),
            _ => [],
        };

    /// <summary>Medians by group with the comparison, then landmark survival, then follow-up.</summary>
    public static IReadOnlyList<string> KaplanMeier(KaplanMeierResult km, FormatContext format)
    {
        var style = format.Style;
        var unit = format.TimeUnit;
        var sentences = new List<string>();
        var endpoint = Prose.Inline(km.EndpointLabel);
        string Median(KaplanMeierGroup g) =>
            g.Median is null
                ? $"not reached ({style.CiClause(style.TimeInterval(g.MedianLower, g.MedianUpper), km.ConfidenceLevel)})"
                : $"{style.Time(g.Median)} {unit} ({style.CiClause(style.TimeInterval(g.MedianLower, g.MedianUpper), km.ConfidenceLevel)})";

        if (km.Groups.Count == 1)
        {
            var g = km.Groups[0];
            sentences.Add($"Median {endpoint} was {Median(g)} among {format.Mask.Count(g.N)} patients with {format.Mask.Count(g.Events)} events.");
        }
        else if (km.Groups.Count > 1)
        {
            var parts = km.Groups.Select(g => $"{Median(g)} in the {g.Level} group").ToList();
            var test = km.Logrank is { } lr ? $" ({TestWord(lr.Method)} {style.PStatement(lr.P)})" : "";
            sentences.Add($"Median {endpoint} was {Prose.List(parts)}{test}.");
        }

        var landmarks = km.Groups.Count == 0 ? [] : km.Groups[0].At.Where(a => a.Survival is not null).Select(a => a.Time).ToList();
        if (landmarks.Count > 0)
        {
            var times = Prose.List(landmarks.Select(style.Landmark).ToList());
            var perGroup = km.Groups
                .Select(g => Prose.List(g.At.Where(a => landmarks.Contains(a.Time)).Select(a => style.SurvivalPercent(a.Survival)).ToList())
                             + (km.Groups.Count > 1 ? $" in the {g.Level} group" : ""))
                .ToList();
            var what = Prose.Capitalise(endpoint);
            sentences.Add($"{what} at {times} {unit} was {Prose.List(perGroup)}{(landmarks.Count > 1 ? ", respectively" : "")}.");
        }

        if (km.FollowUp is { } fu)
            sentences.Add($"Median follow-up (reverse Kaplan-Meier) was {style.Time(fu.Median)} {unit} ({style.CiClause(style.TimeInterval(fu.Lower, fu.Upper), km.ConfidenceLevel)}).");
        return sentences;
    }

    /// <summary>The terms associated with the outcome in univariate and multivariable analysis.</summary>
    public static IReadOnlyList<string> Regression(
        IReadOnlyList<IRatioTerm> univariate, IReadOnlyList<IRatioTerm>? multivariable, string ratio, string outcome,
        double level, SelectionResult? selection, FormatContext format)
    {
        var style = format.Style;
        var alpha = 1 - level;
        var sentences = new List<string>();
        string Clause(IRatioTerm t) => $"{Prose.Inline(t.Label)} ({style.EffectClause(ratio, t.Ratio, t.Lower, t.Upper, level, t.P)})";
        string Effect(IRatioTerm t) => style.EffectClause(ratio, t.Ratio, t.Lower, t.Upper, level, t.P);
        bool Significant(IRatioTerm t) => t.P is double p && p < alpha;

        var uni = univariate.Where(Significant).ToList();
        sentences.Add(uni.Count == 0
            ? $"In univariate analysis, no variable was associated with {outcome} at {style.Below(alpha)}."
            : uni.Count == 1
                ? $"In univariate analysis, {Prose.Inline(uni[0].Label)} was associated with {outcome} ({Effect(uni[0])})."
                : $"In univariate analysis, {Prose.List(uni.Select(Clause).ToList())} were associated with {outcome}.");

        if (multivariable is not null)
        {
            var multi = multivariable.Where(Significant).ToList();
            var selected = selection is null ? "" : $" ({SelectionWords(selection)})";
            if (multi.Count == 0)
                sentences.Add($"In multivariable analysis{selected}, no variable was independently associated with {outcome} at {style.Below(alpha)}.");
            else
            {
                var only = multi.Count == 1 && multivariable.Count == 1 && selection is not null ? "the only variable " : "";
                sentences.Add(multi.Count == 1
                    ? $"In multivariable analysis{selected}, {Prose.Inline(multi[0].Label)} was {only}independently associated with {outcome} ({Effect(multi[0])})."
                    : $"In multivariable analysis{selected}, {Prose.List(multi.Select(Clause).ToList())} were independently associated with {outcome}.");
            }
        }
        return sentences;
    }

    /// <summary>Group sizes, then the variables whose test P value is below 0.05.</summary>
    public static IReadOnlyList<string> Baseline(BaselineResult baseline, FormatContext format)
    {
        var style = format.Style;
        var mask = format.Mask;
        var sentences = new List<string>();
        if (baseline.Groups.Count > 0 && baseline.Overall > 0)
        {
            var parts = baseline.Groups
                .Select(g => mask.Masks(g.N) ? $"{mask.Count(g.N)} in the {g.Level} group" : $"{mask.Count(g.N)} ({style.Percent(100.0 * g.N / baseline.Overall)}%) in the {g.Level} group")
                .ToList();
            sentences.Add($"Of {mask.Count(baseline.Overall)} patients, {Prose.List(parts)}.");
        }
        var differing = baseline.Rows.Where(r => r.P is < 0.05).Select(r => $"{Prose.Inline(r.Label)} ({style.PStatement(r.P!.Value)})").ToList();
        sentences.Add(differing.Count == 0
            ? $"No baseline characteristic differed between the groups at {style.Below(0.05)}."
            : $"The groups differed in {Prose.List(differing)}.");
        return sentences;
    }

    /// <summary>The overall comparison and any interaction.</summary>
    public static IReadOnlyList<string> Subgroup(SubgroupResult subgroup, FormatContext format)
    {
        var style = format.Style;
        var o = subgroup.Overall;
        var sentences = new List<string>
        {
            $"Overall, the hazard ratio of {subgroup.Compared} versus {subgroup.Reference} was {style.Ratio(o.Hr)} ({style.CiClause(style.Interval(o.Lower, o.Upper), 0.95)}{(o.P is double p ? "; " + style.PStatement(p) : "")}).",
        };
        var interacting = subgroup.Variables.Where(v => v.InteractionP is < 0.05).ToList();
        sentences.Add(interacting.Count == 0
            ? $"No test of interaction reached {style.Below(0.05)}."
            : $"The effect differed by {Prose.List(interacting.Select(v => $"{Prose.Inline(v.Label)} ({style.PSymbol} for interaction {style.PStatement(v.InteractionP!.Value)[(style.PSymbol.Length)..].Trim()})").ToList())}.");
        return sentences;
    }

    /// <summary>"log-rank", "Peto-Peto", "Fleming-Harrington".</summary>
    internal static string TestWord(string method) =>
        method switch
        {
            "peto-peto" => "Peto-Peto",
            "fleming-harrington" => "Fleming-Harrington",
            _ => "log-rank",
        };

    private static string SelectionWords(SelectionResult selection) =>
        selection.Method switch
        {
            "enter" => "all candidates entered",
            "forward" => "forward selection",
            "backward" => "backward elimination",
            _ => "stepwise selection",
        };
}
