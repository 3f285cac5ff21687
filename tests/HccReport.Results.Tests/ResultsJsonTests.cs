using System.Text;
using System.Text.Json.Nodes;
using HccReport.Results;

namespace HccReport.Results.Tests;

public class ResultsJsonTests
{
    private static JsonNode Parse() =>
        JsonNode.Parse(Encoding.UTF8.GetString(ResultsJson.Serialize(SampleResults.Create())))!;

    [Fact]
    public void WritesContractKeysInSnakeCase()
    {
        var json = Parse();
        Assert.Equal(10, (int)json["flow"]!["screened"]!);
        Assert.Equal("not meeting: adult", (string)json["flow"]!["excluded"]![0]!["reason"]!);
        var km = json["analyses"]!["km_sex"]!;
        Assert.Equal("km", (string)km["kind"]!);
        Assert.Equal(11.0, (double)km["groups"]![0]!["median"]!);
        Assert.Equal(9.0, (double)km["groups"]![0]!["median_lower"]!);
        Assert.Equal(2, (int)km["groups"]![0]!["at"]![0]!["n_risk"]!);
        Assert.Equal(3.2, (double)km["logrank"]!["chisq"]!);
        Assert.Equal("cox", (string)json["analyses"]!["cox"]!["kind"]!);
        Assert.Equal(1.105, (double)json["analyses"]!["cox"]!["univariate"]![0]!["hr"]!);
    }

    [Fact]
    public void WritesNullForValuesThatDoNotExist()
    {
        var km = Parse()["analyses"]!["km_sex"]!;
        var group = km["groups"]![0]!.AsObject();
        Assert.True(group.ContainsKey("median_upper"));
        Assert.Null(group["median_upper"]);
        Assert.Null(km["follow_up"]);
    }

    [Fact]
    public void KeepsAnalysesInSpecOrder()
    {
        var ids = Parse()["analyses"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.Equal(["km_sex", "cox"], ids);
    }

    [Fact]
    public void RoundTripsThroughText()
    {
        var bytes = ResultsJson.Serialize(SampleResults.Create());
        var back = ResultsJson.Deserialize(Encoding.UTF8.GetString(bytes));
        Assert.Equal(bytes, ResultsJson.Serialize(back));
        Assert.Equal("km_sex", back.Analyses[0].Id);
        Assert.IsType<CoxResult>(back.Analyses[1]);
    }

    [Fact]
    public void UsesUnixLineEndingsAndNoByteOrderMark()
    {
        var bytes = ResultsJson.Serialize(SampleResults.Create());
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }
}
