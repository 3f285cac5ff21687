using FsCheck;
using FsCheck.Fluent;

namespace HccReport.Statistics.Tests.Properties;

/// <summary>The arbitraries the property tests draw from (no shrinking: the samples are small already).</summary>
public static class SampleArbitraries
{
    public static Arbitrary<SurvivalSample> Survival() => Arb.From(SurvivalSample.Generator);
}
