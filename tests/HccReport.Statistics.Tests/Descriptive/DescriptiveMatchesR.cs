using HccReport.Statistics.Descriptive;
using HccReport.Statistics.Tests.Reference;
using static HccReport.Statistics.Tests.Tests.TableFixtures;

namespace HccReport.Statistics.Tests.Descriptive;

/// <summary>Quantiles (type 7), mean, SD and standardised differences against R (tests/reference/tables.R).</summary>
public class DescriptiveMatchesR
{
    public static TheoryData<string> Vectors => Names("tables_descriptive");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void QuantilesMeanAndSdMatchR(string name)
    {
        var r = Case("tables_descriptive", name);
        var values = Values(r["values"]);
        var probs = Values(r["probs"]);
        AssertR.Close(Values(r["quantiles"]), Quantiles.Type7(values, probs), $"{name} quantile(type = 7)");
        AssertR.Close(JsonValues.Required(r["mean"], "mean"), SampleMoments.Mean(values), $"{name} mean");
        if (values.Length > 1) AssertR.Close(JsonValues.Required(r["sd"], "sd"), SampleMoments.StandardDeviation(values), $"{name} sd");
    }

    [Fact]
    public void ContinuousSmdMatchesR()
    {
        foreach (var name in new[] { "gbsg_age_by_status", "gbsg_pgr_by_hormon", "heavy_ties", "small" })
        {
            var r = Case("tables_two_sample", name);
            AssertR.Close(JsonValues.Number(r["smd"]), StandardisedMeanDifference.Continuous(Values(r["x"]), Values(r["y"])), $"{name} SMD");
        }
    }

    [Fact]
    public void BinarySmdMatchesR()
    {
        foreach (var b in ReferenceFixture.Expected("tables_descriptive")["binary"]!.AsArray())
        {
            var x = Values(b!["x"]).Select(v => v == 1).ToArray();
            var y = Values(b["y"]).Select(v => v == 1).ToArray();
            AssertR.Close(JsonValues.Number(b["smd"]), StandardisedMeanDifference.Binary(x, y), $"{b["name"]} binary SMD");
        }
    }

    [Fact]
    public void MedianOfEvenSampleIsMidpoint()
    {
        Assert.Equal(2.5, Quantiles.Median([4, 1, 3, 2]));
        Assert.Null(StandardisedMeanDifference.Binary(1.0, 1.0));
    }
}
