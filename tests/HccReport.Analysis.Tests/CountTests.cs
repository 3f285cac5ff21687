using System.Text.Json.Nodes;
using HccReport.Analysis.Tests.Reference;
using HccReport.Core.Spec;

namespace HccReport.Analysis.Tests;

/// <summary>
/// Every row is accounted for: the flow adds up (screened = included + excluded; groups, subsets and splits
/// partition what they split), and within each analysis the rows analysed (R's count of the where-subset, noted in
/// the fixtures as <c>_analysed</c>) are the rows used plus <c>rows_missing</c>, curves and tables add up to their
/// groups, and every cell count plus its missing count is its group.
/// </summary>
public class CountTests
{
    public static TheoryData<string, CompatMode> SpecsAndConventions
    {
        get
        {
            var data = new TheoryData<string, CompatMode>();
            foreach (var spec in new[] { "km", "cox", "gbsg", "separation", "edge", "levels90" })
            {
                data.Add(spec, CompatMode.R);
                data.Add(spec, CompatMode.Spss);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SpecsAndConventions))]
    public void EveryRowOfEveryAnalysisIsAccountedFor(string spec, CompatMode compat)
    {
        var results = AnalysisMatchesRTests.Results(spec, compat);
        var expected = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Reference("expected", $"analysis_{spec}.json")))!;
        FlowAddsUp(results["flow"]!);
        foreach (var (id, analysis) in results["analyses"]!.AsObject())
        {
            var analysed = expected["analyses"]![id]!["_analysed"]!.GetValue<int>();
            AnalysisAddsUp(id, analysis!, analysed);
        }
    }

    [Fact]
    public void FlagshipFlowAndAnalysesAddUp()
    {
        var results = FlagshipMatchesRTests.Results(CompatMode.R);
        var flow = results["flow"]!;
        FlowAddsUp(flow);
        Assert.Equal(634, flow["screened"]!.GetValue<int>());
        foreach (var (id, analysis) in results["analyses"]!.AsObject())
            AnalysisAddsUp(id, analysis!, analysed: null);
        // Table 1 has every included patient; the second-line analyses the 184 of the flow's first step.
        Assert.Equal(flow["included"]!.GetValue<int>(), results["analyses"]!["table1"]!["overall"]!.GetValue<int>());
        var secondLine = flow["steps"]![0]!["groups"]!.AsArray().Sum(g => g!["n"]!.GetValue<int>());
        Assert.Equal(184, secondLine);
        Assert.Equal(secondLine, results["analyses"]!["cox_pfs2"]!["multivariable"]!["n"]!.GetValue<int>()
                                 + results["analyses"]!["cox_pfs2"]!["rows_missing"]!.GetValue<int>());
        Assert.Equal(secondLine, results["analyses"]!["km_pfs2"]!["groups"]!.AsArray().Sum(g => g!["n"]!.GetValue<int>()));
    }

    private static void FlowAddsUp(JsonNode flow)
    {
        var included = flow["included"]!.GetValue<int>();
        Assert.Equal(flow["screened"]!.GetValue<int>(), included + flow["excluded"]!.AsArray().Sum(e => e!["n"]!.GetValue<int>()));
        var groups = flow["groups"]!.AsArray();
        if (groups.Count == 0) return;
        Assert.Equal(included, groups.Sum(g => g!["n"]!.GetValue<int>()));
        var before = groups.ToDictionary(g => g!["level"]!.GetValue<string>(), g => g!["n"]!.GetValue<int>());
        foreach (var step in flow["steps"]!.AsArray())
        {
            foreach (var g in step!["groups"]!.AsArray())
            {
                var group = g!["group"]!.GetValue<string>();
                var n = g["n"]!.GetValue<int>();
                if (step["kind"]!.GetValue<string>() == "subset")
                {
                    Assert.Equal(before[group], n + g["not_meeting"]!.GetValue<int>());
                    before[group] = n;
                }
                else
                {
                    Assert.Equal(before[group], n);
                    Assert.Equal(n, g["levels"]!.AsArray().Sum(l => l!["n"]!.GetValue<int>()));
                }
            }
        }
    }

    private static void AnalysisAddsUp(string id, JsonNode a, int? analysed)
    {
        var missing = a["rows_missing"]!.GetValue<int>();
        switch (a["kind"]!.GetValue<string>())
        {
            case "km":
                var groups = a["groups"]!.AsArray();
                if (analysed is { } k) Assert.True(k == groups.Sum(g => g!["n"]!.GetValue<int>()) + missing, $"{id}: curves + rows_missing != {k}");
                foreach (var g in groups)
                {
                    var n = g!["n"]!.GetValue<int>();
                    var curve = g["curve"]!;
                    Assert.Equal(n, g["events"]!.GetValue<int>() + g["censored"]!.GetValue<int>());
                    Assert.Equal(g["events"]!.GetValue<int>(), curve["n_event"]!.AsArray().Sum(x => x!.GetValue<int>()));
                    Assert.Equal(g["censored"]!.GetValue<int>(), curve["n_censor"]!.AsArray().Sum(x => x!.GetValue<int>()));
                    Assert.Equal(n, curve["n_risk"]![0]!.GetValue<int>());
                }
                break;
            case "cox" or "logistic":
                // rows_missing: rows lacking the endpoint or outcome or any covariate; every model uses at most the rest.
                foreach (var t in a["univariate"]!.AsArray())
                    Assert.True(t!["n"]!.GetValue<int>() <= (analysed ?? int.MaxValue), $"{id}: a univariate model uses more rows than analysed");
                if (a["multivariable"] is { } m && analysed is { } total)
                {
                    var screenedOrAll = m["selection"] is null ? total - missing : total;
                    Assert.True(m["n"]!.GetValue<int>() <= screenedOrAll, $"{id}: the model uses rows it should not");
                    if (m["selection"] is null) Assert.Equal(total - missing, m["n"]!.GetValue<int>());
                }
                break;
            case "baseline":
                var overall = a["overall"]!.GetValue<int>();
                var sizes = a["groups"]!.AsArray().Select(g => g!["n"]!.GetValue<int>()).ToArray();
                Assert.Equal(overall, sizes.Sum());
                if (analysed is { } b) Assert.Equal(b, overall + missing);
                foreach (var row in a["rows"]!.AsArray())
                {
                    var rowMissing = row!["missing"]!.AsArray().Select(x => x!.GetValue<int>()).ToArray();
                    var type = row["type"]!.GetValue<string>();
                    for (var k2 = 0; k2 < sizes.Length; k2++)
                    {
                        var observed = sizes[k2] - rowMissing[k2];
                        if (type == "categorical")
                            Assert.Equal(observed, row["levels"]!.AsArray().Sum(l => l!["counts"]![k2]!.GetValue<int>()));
                        else if (type == "binary")
                            Assert.True(row["levels"]![0]!["counts"]![k2]!.GetValue<int>() <= observed);
                        else
                            Assert.Equal(observed, row["summaries"]![k2]!["n"]!.GetValue<int>());
                    }
                }
                break;
            case "subgroup":
                var all = a["overall"]!["n"]!.GetValue<int>();
                if (analysed is { } s) Assert.Equal(s, all + missing);
                foreach (var v in a["variables"]!.AsArray())
                    Assert.True(v!["levels"]!.AsArray().Sum(l => l!["n"]!.GetValue<int>()) <= all);
                break;
        }
    }
}
