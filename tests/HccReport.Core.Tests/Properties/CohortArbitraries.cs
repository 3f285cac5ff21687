using FsCheck;
using FsCheck.Fluent;

namespace HccReport.Core.Tests.Properties;

/// <summary>The arbitrary random cohorts are drawn from.</summary>
public static class CohortArbitraries
{
    public static Arbitrary<CohortCase> Cases() => Arb.From(CohortCase.Generator);
}
