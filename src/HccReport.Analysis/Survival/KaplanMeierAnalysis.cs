using HccReport.Core;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;
using HccReport.Results;
using HccReport.Statistics.Survival;
using SpecCi = HccReport.Core.Spec.ConfidenceIntervalType;
using StatCi = HccReport.Statistics.Survival.ConfidenceIntervalType;

namespace HccReport.Analysis.Survival;

/// <summary>
/// <c>kind: km</c>: one Kaplan-Meier curve per level of <c>by</c> (R's <c>survfit(Surv(t, e) ~ by)</c>),
/// medians with intervals, landmark survival, the k-group test (<c>survdiff</c>), median follow-up by reverse
/// Kaplan-Meier, restricted means and the number-at-risk table under the figure.
/// </summary>
internal static class KaplanMeierAnalysis
{
    public static KaplanMeierResult? Run(AnalysisInput input, AnalysisContext context, DiagnosticBag diagnostics)
    {
        var spec = (KaplanMeierSpec)input.Spec;
        var endpoint = input.Endpoint ?? throw new InvalidOperationException($"analysis {spec.Id.Name} has no endpoint");
        var rows = input.CompleteRows;
        var rowsMissing = input.MissingTime + input.MissingEvent;

        string[] levels = ["All"];
        var codes = new int[rows.Length];
        if (spec.By is { } by)
        {
            var (allLevels, allCodes) = ColumnLevels.Of(context.Study.Data[by.Name]);
            levels = allLevels;
            for (var k = 0; k < rows.Length; k++) codes[k] = allCodes[rows[k]];
        }
        var kept = Enumerable.Range(0, rows.Length).Where(k => codes[k] >= 0).ToArray();
        if (kept.Length == 0)
        {
            diagnostics.Add(DiagnosticCatalog.AnalysisNoRows(spec.Location, spec.Id.Name, $"every row with the endpoint lacks {spec.By!.Name}"));
            return null;
        }
        rowsMissing += rows.Length - kept.Length;
        var keptRows = kept.Select(k => rows[k]).ToArray();
        var time = kept.Select(k => endpoint.Time[rows[k]]).ToArray();
        var status = kept.Select(k => endpoint.Event[rows[k]]).ToArray();
        var group = kept.Select(k => codes[k]).ToArray();

        var options = new KaplanMeierOptions
        {
            ConfidenceLevel = context.ConfidenceLevel,
            ConfidenceIntervalType = spec.Ci switch
            {
                SpecCi.LogLog => StatCi.LogLog,
                SpecCi.Plain => StatCi.Plain,
                _ => StatCi.Log,
            },
            MedianMethod = context.Compat == CompatMode.Spss ? MedianMethod.SpssWald : MedianMethod.BrookmeyerCrowley,
        };

        var notes = new List<string>();
        var fits = new List<(string Level, KaplanMeierFit Fit)>();
        for (var level = 0; level < levels.Length; level++)
        {
            var index = Enumerable.Range(0, group.Length).Where(i => group[i] == level).ToArray();
            if (index.Length == 0)
            {
                notes.Add($"No patient of this analysis is in the group {levels[level]}; it has no curve.");
                continue;
            }
            fits.Add((levels[level], KaplanMeier.Fit(index.Select(i => time[i]).ToArray(), index.Select(i => status[i]).ToArray(), options)));
        }

        var logrank = spec.By is null || spec.Test == SurvivalTest.None || fits.Count < 2
            ? null
            : Test(keptRows, time, status, group, spec, context, notes);
        if (logrank is { } computed && (computed.P is null || !double.IsFinite(computed.Chisq)))
        {
            // R's survdiff stops ("system is exactly singular"); the report says why there is no P instead.
            diagnostics.Add(DiagnosticCatalog.LogRankNotComputable(spec.Location, spec.Id.Name));
            notes.Add("The curves cannot be compared by the log-rank test: its variance is zero.");
            logrank = null;
        }

        var end = spec.Figure.XMax ?? (time.Length == 0 ? 0 : time.Max());
        var breaks = TimeBreaks.For(end, context.TimeUnit, spec.Breaks);

        return new KaplanMeierResult
        {
            Id = spec.Id.Name,
            Title = spec.Title ?? (spec.By is null ? endpoint.Label : $"{endpoint.Label} by {context.LabelOf(spec.By.Name)}"),
            Caption = spec.Caption,
            Where = spec.Where?.Text,
            RowsMissing = rowsMissing,
            Notes = notes,
            Endpoint = endpoint.Id,
            EndpointLabel = endpoint.Label,
            By = spec.By?.Name,
            ConfidenceInterval = spec.Ci switch { SpecCi.LogLog => "log-log", SpecCi.Plain => "plain", _ => "log" },
            ConfidenceLevel = context.ConfidenceLevel,
            MedianMethod = options.MedianMethod == MedianMethod.SpssWald ? "wald" : "brookmeyer-crowley",
            Groups = fits.Select(f => Group(f.Level, f.Fit, spec.At)).ToArray(),
            Logrank = logrank,
            FollowUp = spec.FollowUp ? FollowUpOf(time, status, options) : null,
            Rmst = spec.Rmst is { } tau ? Rmst(fits, tau, context) : null,
            RiskTable = new Results.RiskTable
            {
                Times = breaks,
                Groups = fits.Select(f => RiskRow(f.Level, f.Fit, breaks)).ToArray(),
            },
            Display = new KaplanMeierDisplay
            {
                ConfidenceBands = spec.Figure.Bands,
                MedianLines = spec.Figure.MedianLines,
                CumulativeCounts = spec.Figure.Cumulative,
                Percent = spec.Figure.Percent,
                LegendTitle = spec.By is null ? null : context.LabelOf(spec.By.Name),
                XMax = spec.Figure.XMax,
            },
        };
    }

    private static KaplanMeierGroup Group(string level, KaplanMeierFit fit, IReadOnlyList<double> at) => new()
    {
        Level = level,
        N = fit.N,
        Events = fit.Events,
        Censored = fit.N - fit.Events,
        Median = fit.Median.Estimate,
        MedianLower = fit.Median.Lower,
        MedianUpper = fit.Median.Upper,
        At = at.Select(t => Landmark(fit, t)).ToArray(),
        Curve = new SurvivalCurve
        {
            Time = fit.Time,
            NRisk = fit.NRisk,
            NEvent = fit.NEvent,
            NCensor = fit.NCensor,
            Survival = fit.Survival,
            Lower = fit.Lower,
            Upper = fit.Upper,
        },
    };

    private static LandmarkEstimate Landmark(KaplanMeierFit fit, double t)
    {
        var estimate = fit.SurvivalAt(t);
        return estimate is null
            ? new LandmarkEstimate { Time = t }
            : new LandmarkEstimate
            {
                Time = t, NRisk = estimate.NRisk, Survival = estimate.Survival, StdErr = estimate.StdErr,
                Lower = estimate.Lower, Upper = estimate.Upper,
            };
    }

    private static LogRankResult? Test(int[] keptRows, double[] time, bool[] status, int[] group, KaplanMeierSpec spec, AnalysisContext context,
        List<string> notes)
    {
        int[]? strata = null;
        if (spec.TestStrata is { } strataName)
        {
            // A stratified test needs each row's stratum; rows without one still count in the curves.
            var (_, strataCodes) = ColumnLevels.Of(context.Study.Data[strataName.Name]);
            var withStratum = Enumerable.Range(0, keptRows.Length).Where(k => strataCodes[keptRows[k]] >= 0).ToArray();
            if (withStratum.Length < keptRows.Length)
            {
                time = withStratum.Select(k => time[k]).ToArray();
                status = withStratum.Select(k => status[k]).ToArray();
                group = withStratum.Select(k => group[k]).ToArray();
            }
            strata = withStratum.Select(k => strataCodes[keptRows[k]]).ToArray();
            // R's survdiff stops with "There is only 1 group" when the rows with a stratum are all in one group.
            if (group.Distinct().Count() < 2)
            {
                notes.Add($"The rows with a value of {context.LabelOf(strataName.Name)} are all in one group, so the stratified test cannot compare the curves.");
                return null;
            }
        }
        var weight = spec.Test == SurvivalTest.PetoPeto ? LogRankWeight.PetoPeto : LogRankWeight.LogRank;
        var test = LogRank.Test(time, status, group, strata, weight);
        return new LogRankResult
        {
            Method = spec.Test == SurvivalTest.PetoPeto ? "peto-peto" : "log-rank",
            Rho = weight.Rho,
            Chisq = test.ChiSquare,
            Df = test.DegreesOfFreedom,
            P = test.PValue,
            Observed = test.Observed,
            Expected = test.Expected,
            Strata = spec.TestStrata?.Name,
        };
    }

    private static FollowUpResult FollowUpOf(double[] time, bool[] status, KaplanMeierOptions options)
    {
        var median = FollowUp.Median(time, status, options with { MedianMethod = MedianMethod.BrookmeyerCrowley });
        return new FollowUpResult { Median = median.Estimate, Lower = median.Lower, Upper = median.Upper };
    }

    private static RestrictedMeanResult Rmst(List<(string Level, KaplanMeierFit Fit)> fits, double tau, AnalysisContext context)
    {
        var estimates = fits.Select(f => (f.Level, Estimate: RestrictedMean.Compute(f.Fit, tau))).ToArray();
        Results.RestrictedMeanDifference? difference = null;
        if (estimates.Length == 2)
        {
            // results.json and the report give the second group minus the first; Difference computes first - second.
            var d = RestrictedMean.Difference(estimates[1].Estimate, estimates[0].Estimate, context.ConfidenceLevel);
            difference = new Results.RestrictedMeanDifference
            {
                Estimate = d.Estimate, StdErr = d.StdErr, Lower = d.Lower, Upper = d.Upper, P = d.PValue,
            };
        }
        return new RestrictedMeanResult
        {
            Tau = tau,
            Groups = estimates.Select(e => new RestrictedMeanGroup
            {
                Level = e.Level, Estimate = e.Estimate.Estimate, StdErr = e.Estimate.StdErr, Lower = e.Estimate.Lower, Upper = e.Estimate.Upper,
            }).ToArray(),
            Difference = difference,
        };
    }

    private static RiskTableRow RiskRow(string level, KaplanMeierFit fit, double[] times)
    {
        var table = fit.RiskAt(times);
        return new RiskTableRow
        {
            Level = level, NRisk = table.NRisk, CumulativeEvents = table.CumulativeEvents, CumulativeCensored = table.CumulativeCensored,
        };
    }
}
