using System.Text;
using System.Text.Json.Nodes;

namespace HccReport.Results.Tests;

/// <summary>results.json under <c>suppress_below</c>: counts from 1 to N - 1 and what gives them back become null.</summary>
public class CountSuppressionTests
{
    private static JsonNode Masked(ReportResults results) =>
        JsonNode.Parse(Encoding.UTF8.GetString(ResultsJson.SerializeForReport(results)))!;

    private static ReportResults WithBaseline(int? below) => SampleResults.Create() with
    {
        SuppressBelow = below,
        Analyses =
        [
            .. SampleResults.Create().Analyses,
            new BaselineResult
            {
                Id = "table1", Title = "Table 1", By = "sex", Overall = 8, ShowOverall = true,
                Groups = [new FlowGroup { Level = "Male", N = 5 }, new FlowGroup { Level = "Female", N = 3 }],
                Rows =
                [
                    new BaselineRow
                    {
                        Variable = "smoker", Label = "Smoker", Type = "binary", Missing = [0, 1],
                        Levels = [new BaselineLevel { Level = "Yes", Counts = [4, 0], Percents = [80, 0], Overall = 4, OverallPercent = 50 }],
                    },
                    new BaselineRow
                    {
                        Variable = "age", Label = "Age", Type = "continuous",
                        Summaries =
                        [
                            new ContinuousSummary { N = 5, Mean = 60, Sd = 5, Median = 61, Q1 = 57, Q3 = 64, Min = 52, Max = 67 },
                            new ContinuousSummary { N = 12, Mean = 58, Sd = 4, Median = 57, Q1 = 55, Q3 = 61, Min = 50, Max = 66 },
                        ],
                    },
                ],
            },
        ],
        Checks =
        [
            new ExpectationCheck { Path = "flow.excluded[0].n", Printed = "2", Rounding = "integer", Recomputed = 2, RecomputedRounded = "2", Match = true, Message = "matches" },
            new ExpectationCheck { Path = "flow.screened", Printed = "10", Rounding = "integer", Recomputed = 10, RecomputedRounded = "10", Match = true, Message = "matches" },
        ],
    };

    [Fact]
    public void WithoutSuppressionTheFileIsTheFullOne()
    {
        var results = WithBaseline(null);
        Assert.Equal(ResultsJson.Serialize(results), ResultsJson.SerializeForReport(results));
        // A threshold of 1 masks no count (none lies from 1 to 0).
        Assert.Equal(ResultsJson.Serialize(results with { SuppressBelow = 1 }), ResultsJson.SerializeForReport(results with { SuppressBelow = 1 }));
    }

    [Fact]
    public void MaskedFileKeepsTheFullFilesFormatting()
    {
        // Nothing below 2 except ones: the file differs from the full one exactly where a 1 was.
        var results = WithBaseline(2);
        var full = Encoding.UTF8.GetString(ResultsJson.Serialize(results)).Split('\n');
        var masked = Encoding.UTF8.GetString(ResultsJson.SerializeForReport(results)).Split('\n');
        Assert.Equal(full.Length, masked.Length);
        var changed = full.Zip(masked).Where(p => p.First != p.Second).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, p => Assert.Matches(@"(^\s*1,?$|"": 1,?$|min|max)", p.First));
    }

    [Fact]
    public void CountsBelowTheThresholdAreNullAndOthersStay()
    {
        var json = Masked(WithBaseline(5));
        Assert.Equal(10, (int)json["flow"]!["screened"]!);
        Assert.Null(json["flow"]!["excluded"]![0]!["n"]);
        Assert.Equal(8, (int)json["flow"]!["included"]!);
        Assert.Equal(5, (int)json["flow"]!["groups"]![0]!["n"]!);
        Assert.Null(json["flow"]!["groups"]![1]!["n"]);
        Assert.Null(json["data_quality"]!["missing"]![0]!["missing"]);
        Assert.Equal(8, (int)json["data_quality"]!["missing"]![0]!["n"]!);

        var km = json["analyses"]!["km_sex"]!;
        var male = km["groups"]![0]!;
        Assert.Equal(5, (int)male["n"]!);
        Assert.Null(male["events"]);
        Assert.Null(male["censored"]);
        Assert.Equal(11.0, (double)male["median"]!);          // estimates stay
        Assert.Null(male["at"]![0]!["n_risk"]);
        Assert.Equal(0.4, (double)male["at"]![0]!["survival"]!);
        Assert.Equal("[5,null]", male["curve"]!["n_risk"]!.ToJsonString());
        Assert.Equal("[null,0]", male["curve"]!["n_event"]!.ToJsonString());  // zero is kept, as in the documents
        Assert.Equal("[1,2]", male["curve"]!["time"]!.ToJsonString());
        Assert.Equal("[null,null]", km["logrank"]!["observed"]!.ToJsonString());
        Assert.Equal("[2.5,2.5]", km["logrank"]!["expected"]!.ToJsonString());
        Assert.Equal("[5,null]", km["risk_table"]!["groups"]![0]!["n_risk"]!.ToJsonString());
        Assert.Equal(5, (int)json["suppress_below"]!);
    }

    [Fact]
    public void PercentagesAndSummariesThatGiveACountBackAreNull()
    {
        var json = Masked(WithBaseline(5));
        var table = json["analyses"]!["table1"]!;
        var yes = table["rows"]![0]!["levels"]![0]!;
        Assert.Equal("[null,0]", yes["counts"]!.ToJsonString());
        Assert.Equal("[null,0]", yes["percents"]!.ToJsonString());
        Assert.Null(yes["overall"]);
        Assert.Null(yes["overall_percent"]);
        Assert.Equal("[0,null]", table["rows"]![0]!["missing"]!.ToJsonString());

        var small = table["rows"]![1]!["summaries"]![0]!;   // five rows: not below 5, so the summary stays
        Assert.Equal(61.0, (double)small["median"]!);
        Assert.Null(small["min"]);                           // a single patient's value, whatever the group size
        Assert.Null(small["max"]);

        var tiny = Masked(WithBaseline(6))["analyses"]!["table1"]!["rows"]![1]!["summaries"]![0]!;
        Assert.Null(tiny["n"]);
        Assert.All(new[] { "mean", "sd", "median", "q1", "q3", "min", "max" }, f => Assert.Null(tiny[f]));
        var large = Masked(WithBaseline(6))["analyses"]!["table1"]!["rows"]![1]!["summaries"]![1]!;
        Assert.Equal(57.0, (double)large["median"]!);
    }

    [Fact]
    public void ChecksOfMaskedValuesHideThePrintedAndRecomputedValues()
    {
        var checks = Masked(WithBaseline(5))["checks"]!.AsArray();
        Assert.Equal("<5", (string)checks[0]!["printed"]!);
        Assert.Null(checks[0]!["recomputed"]);
        Assert.Equal("<5", (string)checks[0]!["recomputed_rounded"]!);
        Assert.True((bool)checks[0]!["match"]!);
        Assert.Equal("10", (string)checks[1]!["printed"]!);
        Assert.Equal(10, (double)checks[1]!["recomputed"]!);
    }

    [Fact]
    public void MaskedPathsUseTheFormOfManuscriptChecks()
    {
        var paths = CountSuppression.MaskedPaths(WithBaseline(5));
        Assert.Contains("flow.excluded[0].n", paths);
        Assert.Contains("analyses.km_sex.groups[0].curve.n_event[0]", paths);
        Assert.Contains("analyses.table1.rows[0].levels[0].percents[0]", paths);
        Assert.DoesNotContain("flow.screened", paths);
        Assert.Empty(CountSuppression.MaskedPaths(WithBaseline(null)));
    }
}
