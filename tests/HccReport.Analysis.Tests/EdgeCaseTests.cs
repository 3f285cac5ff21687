using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace HccReport.Analysis.Tests;

/// <summary>
/// Values that do not exist in Specs/edge.yaml (their numbers are compared with R in <see cref="AnalysisMatchesRTests"/>)
/// come with a note saying why, so a blank cell in the report is never unexplained.
/// </summary>
public class EdgeCaseTests(ITestOutputHelper output)
{
    private static readonly Lazy<JsonNode> Edge = new(() => AnalysisMatchesRTests.Results("edge"));

    private string[] Notes(string analysis)
    {
        var notes = Edge.Value["analyses"]![analysis]!["notes"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        foreach (var note in notes) output.WriteLine(note);
        return notes;
    }

    [Fact]
    public void SubgroupLevelsWithoutAHazardRatioAreExplained()
    {
        var notes = Notes("sub_edge");
        Assert.Contains("site S3: only A patients, so no hazard ratio.", notes);
        Assert.Contains("site S4: no event, so no hazard ratio.", notes);
        // Three rows, the coefficient still growing when the iterations run out: infinite, as R's coef 21 suggests.
        Assert.Contains(notes, n => n.StartsWith("grade2 I: ", StringComparison.Ordinal));
        var site = Edge.Value["analyses"]!["sub_edge"]!["variables"]![0]!["levels"]!.AsArray();
        Assert.Null(site[2]!["hr"]);
        Assert.Null(site[3]!["hr"]);
    }

    [Fact]
    public void TTestWithOneValueInAGroupIsNotShownAndSaysWhy()
    {
        var row = Edge.Value["analyses"]!["base_edge"]!["rows"]![0]!;
        Assert.Null(row["test"]);
        Assert.Null(row["p"]);
        Assert.Null(row["smd"]);
        Assert.Equal(1, row["summaries"]![1]!["n"]!.GetValue<int>());
        Assert.Contains("biomarker: the t test needs at least two values in each group, so no test is shown.", Notes("base_edge"));
    }

    [Fact]
    public void EmptyCurveIsLeftOutWithANote()
    {
        Assert.Contains("No patient of this analysis is in the group S3; it has no curve.", Notes("km_edge"));
        Assert.Equal(["S1", "S2", "S4"], Edge.Value["analyses"]!["km_edge"]!["groups"]!.AsArray().Select(g => g!["level"]!.GetValue<string>()));
    }

    [Fact]
    public void StratifiedTestWithOneGroupLeftIsNotShownAndSaysWhy()
    {
        Assert.Null(Edge.Value["analyses"]!["km_edge_strata"]!["logrank"]);
        Assert.Contains("The rows with a value of batch are all in one group, so the stratified test cannot compare the curves.", Notes("km_edge_strata"));
    }
}
