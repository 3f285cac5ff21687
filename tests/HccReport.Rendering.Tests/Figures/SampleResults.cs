using HccReport.Results;

namespace HccReport.Rendering.Tests.Figures;

/// <summary>
/// Hand-made results records for figure tests. Renderers never compute statistics, so the curves here are
/// built by a plain product-limit loop over small deterministic samples; their values only need to be
/// internally consistent, not checked against R (the statistics tests do that).
/// </summary>
internal static class SampleResults
{
    /// <summary>One group's data: observed times and whether each was an event.</summary>
    public sealed record GroupData(string Level, double[] Time, bool[] Event);

    /// <summary>
    /// Deterministic exponential survival times with administrative censoring, shaped like the flagship's
    /// overall survival (median about <paramref name="median"/> months, follow-up up to <paramref name="followUp"/>).
    /// </summary>
    public static GroupData Exponential(string level, int n, double median, double followUp, int seed)
    {
        var random = new Random(seed);
        var time = new double[n];
        var events = new bool[n];
        for (int i = 0; i < n; i++)
        {
            double t = -Math.Log(1 - random.NextDouble()) * median / Math.Log(2);
            double censor = followUp * (0.25 + 0.75 * random.NextDouble());
            time[i] = Math.Round(Math.Min(t, censor), 1);
            events[i] = t <= censor;
        }

        return new GroupData(level, time, events);
    }

    /// <summary>A Kaplan-Meier result for the groups, with risk-table times every <paramref name="step"/> up to <paramref name="xMax"/>.</summary>
    public static KaplanMeierResult KaplanMeier(IReadOnlyList<GroupData> groups, double step, double xMax,
        double? p = 1.2e-12, KaplanMeierDisplay? display = null, string endpoint = "Overall survival", string? timeOrigin = "since lenvatinib start")
    {
        var times = new List<double>();
        for (double t = 0; t <= xMax + 1e-9; t += step)
            times.Add(t);

        var kmGroups = groups.Select(Group).ToList();
        return new KaplanMeierResult
        {
            Id = "km_os",
            Title = "Overall survival by type of resistance",
            Endpoint = "os",
            EndpointLabel = endpoint,
            TimeOrigin = timeOrigin,
            By = groups.Count > 1 ? "resistance" : null,
            ConfidenceInterval = "log",
            ConfidenceLevel = 0.95,
            Groups = kmGroups,
            Logrank = p is double pv && groups.Count > 1
                ? new LogRankResult { Method = "log-rank", Chisq = 49.3, Df = groups.Count - 1, P = pv, Observed = [1, 2], Expected = [1, 2] }
                : null,
            RiskTable = new RiskTable
            {
                Times = times,
                Groups = groups.Select(g => RiskRow(g, times)).ToList(),
            },
            Display = display ?? new KaplanMeierDisplay { Percent = true, MedianLines = false },
        };
    }

    /// <summary>The flagship's two resistance groups.</summary>
    public static KaplanMeierResult FlagshipOverallSurvival(KaplanMeierDisplay? display = null) =>
        KaplanMeier(
            [Exponential("Primary resistance", 169, 11, 60, 1), Exponential("Secondary resistance", 362, 31, 60, 2)],
            step: 12, xMax: 60, display: display ?? new KaplanMeierDisplay { Percent = true, MedianLines = true, LegendTitle = "Type of resistance" });

    public static KaplanMeierGroup Group(GroupData data)
    {
        var curve = Curve(data);
        double? median = null;
        for (int i = 0; i < curve.Time.Count; i++)
        {
            if (curve.Survival[i] <= 0.5)
            {
                median = curve.Time[i];
                break;
            }
        }

        return new KaplanMeierGroup
        {
            Level = data.Level,
            N = data.Time.Length,
            Events = data.Event.Count(e => e),
            Censored = data.Event.Count(e => !e),
            Median = median,
            Curve = curve,
        };
    }

    /// <summary>Product-limit estimate with Greenwood variance and the log-transformed 95% interval.</summary>
    public static SurvivalCurve Curve(GroupData data)
    {
        var distinct = data.Time.Distinct().Order().ToList();
        var time = new List<double>();
        var nRisk = new List<int>();
        var nEvent = new List<int>();
        var nCensor = new List<int>();
        var survival = new List<double>();
        var lower = new List<double?>();
        var upper = new List<double?>();
        double s = 1;
        double greenwood = 0;
        foreach (var t in distinct)
        {
            int atRisk = data.Time.Count(x => x >= t);
            int d = Enumerable.Range(0, data.Time.Length).Count(i => data.Time[i] == t && data.Event[i]);
            int c = Enumerable.Range(0, data.Time.Length).Count(i => data.Time[i] == t && !data.Event[i]);
            s *= 1 - (double)d / atRisk;
            if (d > 0 && atRisk > d)
                greenwood += (double)d / (atRisk * (atRisk - d));
            time.Add(t);
            nRisk.Add(atRisk);
            nEvent.Add(d);
            nCensor.Add(c);
            survival.Add(s);
            if (s > 0)
            {
                double se = Math.Sqrt(greenwood);
                lower.Add(s * Math.Exp(-1.959964 * se));
                upper.Add(Math.Min(1, s * Math.Exp(1.959964 * se)));
            }
            else
            {
                lower.Add(null);
                upper.Add(null);
            }
        }

        return new SurvivalCurve { Time = time, NRisk = nRisk, NEvent = nEvent, NCensor = nCensor, Survival = survival, Lower = lower, Upper = upper };
    }

    private static RiskTableRow RiskRow(GroupData data, IReadOnlyList<double> times) => new()
    {
        Level = data.Level,
        NRisk = times.Select(t => data.Time.Count(x => x >= t)).ToList(),
        CumulativeEvents = times.Select(t => Enumerable.Range(0, data.Time.Length).Count(i => data.Time[i] <= t && data.Event[i])).ToList(),
        CumulativeCensored = times.Select(t => Enumerable.Range(0, data.Time.Length).Count(i => data.Time[i] <= t && !data.Event[i])).ToList(),
    };

    /// <summary>Figure 1 of the flagship paper (Zhang et al.): 634 screened, 103 excluded for 7 reasons, 531 included.</summary>
    public static CohortFlow FlagshipFlow() => new()
    {
        Screened = 634,
        ScreenedLabel = "Patients with advanced HCC treated with first-line lenvatinib",
        Excluded =
        [
            new FlowExclusion { Reason = "Other primary tumours", N = 7, Kind = "exclusion" },
            new FlowExclusion { Reason = "Immune monotherapy", N = 9, Kind = "exclusion" },
            new FlowExclusion { Reason = "Not taking lenvatinib as prescribed", N = 10, Kind = "exclusion" },
            new FlowExclusion { Reason = "Death within one month", N = 12, Kind = "exclusion" },
            new FlowExclusion { Reason = "No HBV or HCV infection", N = 14, Kind = "exclusion" },
            new FlowExclusion { Reason = "Lenvatinib intolerance", N = 23, Kind = "exclusion" },
            new FlowExclusion { Reason = "Missing follow-up data", N = 28, Kind = "exclusion" },
        ],
        Included = 531,
        IncludedLabel = "Patients meeting the study criteria",
        GroupsVariable = "resistance",
        Groups = [new FlowGroup { Level = "Primary resistance", N = 169 }, new FlowGroup { Level = "Secondary resistance", N = 362 }],
        Steps =
        [
            new FlowStep
            {
                Label = "Received second-line treatment",
                Kind = "subset",
                Groups =
                [
                    new FlowStepGroup { Group = "Primary resistance", N = 63, NotMeeting = 106 },
                    new FlowStepGroup { Group = "Secondary resistance", N = 121, NotMeeting = 241 },
                ],
            },
            new FlowStep
            {
                Label = "Second-line regimen",
                Kind = "split",
                Variable = "second_line_class",
                Groups =
                [
                    new FlowStepGroup { Group = "Primary resistance", N = 63, Levels = [new FlowGroup { Level = "TKI", N = 17 }, new FlowGroup { Level = "Combination", N = 46 }] },
                    new FlowStepGroup { Group = "Secondary resistance", N = 121, Levels = [new FlowGroup { Level = "TKI", N = 22 }, new FlowGroup { Level = "Combination", N = 99 }] },
                ],
            },
        ],
    };

    /// <summary>
    /// A synthetic flow with <paramref name="reasons"/> exclusion reasons (some with long text),
    /// <paramref name="groups"/> groups, and a subset step then a split step with <paramref name="levels"/> levels.
    /// </summary>
    public static CohortFlow Flow(int reasons, int groups, int levels = 2, bool steps = true)
    {
        string[] words = ["Missing baseline imaging within the protocol window", "Child-Pugh class C", "Prior systemic therapy for HCC", "Lost to follow-up", "Consent withdrawn", "Other"];
        var excluded = Enumerable.Range(0, reasons)
            .Select(i => new FlowExclusion { Reason = $"{words[i % words.Length]} ({i + 1})", N = 3 + 2 * i, Kind = i % 3 == 0 ? "inclusion" : "exclusion" })
            .ToList();
        int included = 100 * groups + 37;
        var groupList = Enumerable.Range(0, groups).Select(g => new FlowGroup { Level = $"Group {(char)('A' + g)}{(g == 1 ? " with a rather long level label" : "")}", N = g == groups - 1 ? included - 100 * (groups - 1) : 100 }).ToList();
        var flowSteps = new List<FlowStep>();
        if (steps)
        {
            flowSteps.Add(new FlowStep
            {
                Label = "Received second-line treatment",
                Kind = "subset",
                Groups = groupList.Select(g => new FlowStepGroup { Group = g.Level, N = g.N / 2, NotMeeting = g.N - g.N / 2 }).ToList(),
            });
            flowSteps.Add(new FlowStep
            {
                Label = "Second-line regimen",
                Kind = "split",
                Variable = "regimen",
                Groups = groupList.Select(g => new FlowStepGroup
                {
                    Group = g.Level,
                    N = g.N / 2,
                    Levels = Enumerable.Range(0, levels).Select(l => new FlowGroup { Level = l == levels - 1 ? "Missing" : $"Regimen {l + 1}", N = l == 0 ? g.N / 2 - (levels - 1) * 3 : 3 }).ToList(),
                }).ToList(),
            });
        }

        return new CohortFlow
        {
            Screened = included + excluded.Sum(e => e.N),
            ScreenedLabel = "Patients screened",
            Excluded = excluded,
            Included = included,
            IncludedLabel = "Included",
            GroupsVariable = groups > 0 ? "arm" : null,
            Groups = groups > 0 ? groupList : [],
            Steps = groups > 0 ? flowSteps : [],
        };
    }

    /// <summary>Table 2 of the flagship (overall survival, second-line patients): univariate and multivariable Cox terms.</summary>
    public static CoxResult FlagshipCox()
    {
        static CoxTerm Term(string variable, string label, double hr, double lo, double hi, double p, int? n = 184, int? events = 120) =>
            new() { Term = variable, Label = label, Variable = variable, Hr = hr, Coef = Math.Log(hr), Lower = lo, Upper = hi, P = p, N = n, Events = events };

        var covariates = new[]
        {
            new CovariateInfo { Variable = "resistance", Label = "Primary resistance", Type = "binary" },
            new CovariateInfo { Variable = "tki", Label = "TKI monotherapy", Type = "binary" },
            new CovariateInfo { Variable = "extrahepatic", Label = "Extrahepatic metastasis", Type = "binary" },
            new CovariateInfo { Variable = "bclc", Label = "BCLC stage", Type = "categorical", Reference = "A", Levels = ["A", "B", "C"] },
        };
        return new CoxResult
        {
            Id = "cox_os",
            Title = "Prognostic factors for overall survival",
            Endpoint = "os",
            EndpointLabel = "Overall survival",
            Ties = "efron",
            Covariates = covariates,
            Univariate =
            [
                Term("resistance", "Primary resistance", 2.02, 1.32, 3.11, 0.001),
                Term("tki", "TKI monotherapy", 1.70, 1.06, 2.73, 0.029),
                Term("extrahepatic", "Extrahepatic metastasis", 1.72, 1.14, 2.61, 0.010),
                Term("bclc=B", "BCLC stage: B", 1.21, 0.62, 2.36, 0.58) with { Variable = "bclc" },
                Term("bclc=C", "BCLC stage: C", 1.57, 1.03, 2.38, 0.035) with { Variable = "bclc" },
            ],
            Multivariable = new CoxModelResult
            {
                N = 184,
                Events = 120,
                Loglik = -500,
                LoglikNull = -520,
                Concordance = 0.66,
                LikelihoodRatio = new StatisticalTest { Chisq = 40, Df = 5, P = 1e-7 },
                Wald = new StatisticalTest { Chisq = 38, Df = 5, P = 2e-7 },
                Score = new StatisticalTest { Chisq = 39, Df = 5, P = 1.5e-7 },
                Converged = true,
                Iterations = 4,
                Terms =
                [
                    Term("resistance", "Primary resistance", 1.93, 1.25, 2.99, 0.003),
                    Term("tki", "TKI monotherapy", 1.84, 1.13, 2.98, 0.014),
                    Term("extrahepatic", "Extrahepatic metastasis", 2.26, 0.95, 5.40, 0.065),
                    Term("bclc=B", "BCLC stage: B", 1.10, 0.55, 2.20, 0.79) with { Variable = "bclc" },
                    Term("bclc=C", "BCLC stage: C", 1.45, 0.94, 2.24, 0.094) with { Variable = "bclc" },
                ],
            },
        };
    }

    /// <summary>A subgroup analysis with one level not estimable (no events) and one very wide interval.</summary>
    public static SubgroupResult Subgroups() => new()
    {
        Id = "subgroups_os",
        Title = "Combination versus TKI by subgroup",
        Endpoint = "os",
        EndpointLabel = "Overall survival",
        By = "second_line_class",
        Reference = "TKI",
        Compared = "Combination",
        Ties = "efron",
        Overall = new SubgroupEstimate { Level = "All patients", N = 184, Events = 120, Hr = 0.59, Lower = 0.37, Upper = 0.94, P = 0.024 },
        Variables =
        [
            new SubgroupVariable
            {
                Variable = "resistance",
                Label = "Type of resistance",
                InteractionP = 0.41,
                Levels =
                [
                    new SubgroupEstimate { Level = "Primary", N = 63, Events = 51, Hr = 0.52, Lower = 0.28, Upper = 0.97, P = 0.04 },
                    new SubgroupEstimate { Level = "Secondary", N = 121, Events = 69, Hr = 0.68, Lower = 0.36, Upper = 1.29, P = 0.24 },
                ],
            },
            new SubgroupVariable
            {
                Variable = "afp_gt400",
                Label = "AFP > 400 ng/mL",
                InteractionP = 0.77,
                Levels =
                [
                    new SubgroupEstimate { Level = "No", N = 120, Events = 74, Hr = 0.61, Lower = 0.35, Upper = 1.07, P = 0.08 },
                    new SubgroupEstimate { Level = "Yes", N = 64, Events = 46, Hr = 0.55, Lower = 0.27, Upper = 1.12, P = 0.10 },
                ],
            },
            new SubgroupVariable
            {
                Variable = "child",
                Label = "Child-Pugh class",
                InteractionP = null,
                Levels =
                [
                    new SubgroupEstimate { Level = "A", N = 170, Events = 110, Hr = 0.60, Lower = 0.37, Upper = 0.97, P = 0.04 },
                    new SubgroupEstimate { Level = "B", N = 14, Events = 10, Hr = null, Lower = null, Upper = null, P = null },
                ],
            },
            new SubgroupVariable
            {
                Variable = "hcv",
                Label = "HCV infection",
                InteractionP = 0.93,
                Levels =
                [
                    new SubgroupEstimate { Level = "No", N = 178, Events = 116, Hr = 0.58, Lower = 0.36, Upper = 0.93, P = 0.02 },
                    new SubgroupEstimate { Level = "Yes", N = 6, Events = 4, Hr = 0.9, Lower = 0.05, Upper = 160.0, P = 0.94 },
                ],
            },
        ],
    };
}
