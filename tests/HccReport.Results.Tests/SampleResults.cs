using HccReport.Results;

namespace HccReport.Results.Tests;

/// <summary>A small hand-made results model, used to pin the results.json shape.</summary>
internal static class SampleResults
{
    public static ReportResults Create() => new()
    {
        Title = "Sample",
        TimeUnit = "months",
        Provenance = new Provenance
        {
            Tool = "HccReport", Version = "0.1.0", Spec = "sample.yaml", SpecSha256 = new string('0', 64),
            Data = [new DataFileProvenance { Path = "cohort.csv", Sha256 = new string('1', 64), Rows = 10, Columns = 3 }],
        },
        Conventions = new Conventions { Compat = "r", Ties = "efron", KmConfidenceInterval = "log", MedianConfidenceInterval = "brookmeyer-crowley" },
        Flow = new CohortFlow
        {
            Screened = 10,
            Excluded = [new FlowExclusion { Reason = "not meeting: adult", N = 2, Kind = "inclusion" }],
            Included = 8,
            GroupsVariable = "sex",
            Groups = [new FlowGroup { Level = "Male", N = 5 }, new FlowGroup { Level = "Female", N = 3 }],
        },
        DataQuality = new DataQuality { Rows = 10, Missing = [new VariableMissing { Variable = "age", Missing = 1, N = 8 }] },
        Analyses =
        [
            new KaplanMeierResult
            {
                Id = "km_sex", Title = "OS by sex", Endpoint = "os", EndpointLabel = "Overall survival", By = "sex",
                ConfidenceInterval = "log", ConfidenceLevel = 0.95,
                Groups =
                [
                    new KaplanMeierGroup
                    {
                        Level = "Male", N = 5, Events = 3, Censored = 2, Median = 11.0, MedianLower = 9.0, MedianUpper = null,
                        At = [new LandmarkEstimate { Time = 12, NRisk = 2, Survival = 0.4, Lower = 0.1, Upper = 0.9 }],
                        Curve = new SurvivalCurve
                        {
                            Time = [1, 2], NRisk = [5, 4], NEvent = [1, 0], NCensor = [0, 1],
                            Survival = [0.8, 0.8], Lower = [0.5, 0.5], Upper = [1, 1],
                        },
                    },
                ],
                Logrank = new LogRankResult { Method = "log-rank", Chisq = 3.2, Df = 1, P = 0.07, Observed = [3, 2], Expected = [2.5, 2.5] },
                RiskTable = new RiskTable { Times = [0, 12], Groups = [new RiskTableRow { Level = "Male", NRisk = [5, 2], CumulativeEvents = [0, 3], CumulativeCensored = [0, 0] }] },
            },
            new CoxResult
            {
                Id = "cox", Title = "Cox", Endpoint = "os", EndpointLabel = "Overall survival", Ties = "efron",
                Covariates = [new CovariateInfo { Variable = "sex", Label = "Sex", Type = "categorical", Reference = "Male", Levels = ["Male", "Female"] }],
                Univariate = [new CoxTerm { Term = "sex=Female", Label = "Sex: Female", Variable = "sex", Coef = 0.1, Se = 0.2, Hr = 1.105, Lower = 0.7, Upper = 1.6, Z = 0.5, P = 0.6 }],
            },
        ],
    };
}
