using System.Globalization;
using HccReport.Rendering.Tables;
using HccReport.Results;

namespace HccReport.Rendering.Text;

/// <summary>
/// The statistical-methods paragraphs, stating exactly which methods and options produced the numbers: they are
/// read from <see cref="Conventions"/> and from the method fields of each result, so the text cannot drift from the
/// computation. A method no analysis used is not mentioned.
/// </summary>
public static class MethodsText
{
    /// <summary>The methods paragraphs, in the order a methods section reads.</summary>
    public static IReadOnlyList<string> For(ReportResults results, FormatContext format)
    {
        var style = format.Style;
        var conventions = results.Conventions;
        var level = style.Level(conventions.ConfidenceLevel);
        var paragraphs = new List<string>();
        var analyses = results.Analyses;

        var baseline = analyses.OfType<BaselineResult>().ToList();
        if (baseline.Count > 0)
        {
            var tests = baseline.SelectMany(b => b.Rows).Select(r => r.Test).OfType<string>().Distinct().ToList();
            var parts = new List<string> { "Categorical variables are given as counts and percentages of the rows with a known value" };
            if (baseline.Any(b => b.Rows.Any(r => r.Type == "continuous")))
            {
                var summaries = baseline.Select(b => b.ContinuousSummary == "mean_sd" ? "means with standard deviations" : "medians with interquartile ranges (R's type 7 quantiles)").Distinct();
                parts.Add("continuous variables as " + Prose.List(summaries.ToList()));
            }
            var sentence = string.Join(", ", parts) + ".";
            var categorical = tests.Where(t => t is "chisq" or "fisher").ToList();
            if (categorical.Contains("chisq") && categorical.Contains("fisher"))
                sentence += " Groups were compared with Pearson's chi-square test without continuity correction, or with Fisher's exact test when an expected count was below 5.";
            else if (categorical.Contains("chisq"))
                sentence += " Groups were compared with Pearson's chi-square test without continuity correction (every expected count was at least 5).";
            else if (categorical.Contains("fisher"))
                sentence += " Groups were compared with Fisher's exact test, as an expected count was below 5.";
            var continuous = tests.Where(t => t is not ("chisq" or "fisher")).Select(TestNames.Of).ToList();
            if (continuous.Count > 0) sentence += $" Continuous variables were compared with the {Prose.List(continuous)}.";
            if (baseline.Any(b => b.Effect == "odds_ratio"))
                sentence += $" Odds ratios of group membership for binary characteristics come from univariate logistic regression with Wald {level} confidence intervals.";
            paragraphs.Add(sentence);
        }

        var km = analyses.OfType<KaplanMeierResult>().ToList();
        if (km.Count > 0)
        {
            var transforms = Prose.List(km.Select(k => KaplanMeierTableBuilder.CiWords(k.ConfidenceInterval)).Distinct().ToList());
            var medians = Prose.List(km.Select(k => KaplanMeierTableBuilder.MedianWords(k.MedianMethod)).Distinct().ToList());
            var sentence = $"Survival was estimated with the Kaplan-Meier method; variances follow Greenwood's formula and {level} confidence intervals were {transforms} (as R's survfit with conf.type = \"{km[0].ConfidenceInterval}\"). " +
                           $"Confidence intervals for median survival times were found by the {medians} method.";
            var tests = km.Where(k => k.Logrank is not null).Select(k => k.Logrank!).ToList();
            if (tests.Count > 0)
            {
                var names = tests.Select(t => t.Method switch
                {
                    "peto-peto" => "the Peto-Peto test",
                    "fleming-harrington" => $"the Fleming-Harrington G-rho test (rho = {NumberStyle.Fixed(t.Rho, 1)})",
                    _ => "the log-rank test",
                }).Distinct().ToList();
                sentence += $" Survival curves were compared with {Prose.List(names)}{(tests.Any(t => t.Strata is not null) ? " (stratified where stated)" : "")}.";
            }
            if (km.Any(k => k.FollowUp is not null))
                sentence += " Median follow-up was estimated by the reverse Kaplan-Meier method (censoring taken as the event).";
            if (km.Any(k => k.Rmst is not null))
                sentence += " Restricted mean survival times are areas under the Kaplan-Meier curve up to the stated horizon, with Wald intervals.";
            paragraphs.Add(sentence);
        }

        var cox = analyses.OfType<CoxResult>().ToList();
        var subgroups = analyses.OfType<SubgroupResult>().ToList();
        if (cox.Count > 0 || subgroups.Count > 0)
        {
            var ties = Prose.List(cox.Select(c => c.Ties).Concat(subgroups.Select(s => s.Ties)).Distinct().Select(t => t == "breslow" ? "Breslow" : "Efron").ToList());
            var sentence = $"Hazard ratios were estimated with Cox proportional hazards models fitted by Newton-Raphson iteration, with the {ties} method for tied event times, " +
                           $"Wald {level} confidence intervals and Wald P values; each covariate was first fitted alone (univariate) and then with the others (multivariable).";
            if (cox.Any(c => c.Strata.Count > 0)) sentence += " Stratified models allow a separate baseline hazard per stratum.";
            if (cox.Any(c => c.Multivariable?.ProportionalHazards is not null))
                sentence += " Proportional hazards were checked with scaled Schoenfeld residuals against Kaplan-Meier-transformed time (R's cox.zph).";
            if (subgroups.Count > 0)
                sentence += " Subgroup hazard ratios come from separate Cox models within each subgroup; interaction P values from likelihood-ratio tests of the comparison-by-subgroup interaction.";
            paragraphs.Add(sentence);
        }

        var logistic = analyses.OfType<LogisticResult>().ToList();
        if (logistic.Count > 0)
        {
            var intervals = Prose.List(logistic.Select(l => l.IntervalMethod == "profile" ? "profile-likelihood" : "Wald").Distinct().ToList());
            paragraphs.Add($"Odds ratios were estimated by logistic regression fitted by maximum likelihood (iteratively reweighted least squares, as R's glm), " +
                           $"with {intervals} {level} confidence intervals and Wald P values; each covariate was first fitted alone and then with the others.");
        }

        var selections = cox.Select(c => (Analysis: (AnalysisResult)c, c.Multivariable?.Selection))
            .Concat(logistic.Select(l => (Analysis: (AnalysisResult)l, l.Multivariable?.Selection)))
            .Where(s => s.Selection is not null)
            .Select(s => $"For {Prose.Inline(s.Analysis.Title)}: " + Prose.Inline(RegressionTableBuilder.SelectionNote(s.Selection!, style).Replace("; NS, not selected.", ".", StringComparison.Ordinal)))
            .ToList();
        if (selections.Count > 0)
            paragraphs.Add(string.Join(" ", selections) + (conventions.Compat == "spss" ? " Selection follows SPSS's rules for entry and removal." : ""));

        if (cox.Count + logistic.Count > 0)
            paragraphs.Add("Models used the complete cases of the variables in each model (as R's na.omit); the number of patients each model used is reported with it.");

        var software = conventions.ReferenceSoftware is null ? "" : $"; its numerics reproduce {conventions.ReferenceSoftware}";
        var compat = conventions.Compat == "spss"
            ? "SPSS-compatible conventions were in force (see the HccReport documentation on conventions)"
            : "R-compatible conventions were in force (R's survival package and glm)";
        paragraphs.Add($"P values are two-sided. {compat}. All computations were performed with {results.Provenance.Tool} {results.Provenance.Version}{software}.");

        if (format.Mask.Statement() is string masked) paragraphs.Add(masked);
        return paragraphs;
    }

    internal static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
