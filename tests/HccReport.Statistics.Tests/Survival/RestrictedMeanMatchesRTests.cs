using HccReport.Statistics.Survival;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>
/// Difference of restricted means against tests/reference/expected/survival_rmean_diff.json: each group's
/// <c>summary(survfit(...), rmean = tau)$table</c>, then d = r1 - r2, se = sqrt(se1^2 + se2^2),
/// d -/+ qnorm(1 - (1 - level) / 2) se, z = d / se, p = 2 pnorm(-|z|). Relative tolerance 1e-6.
/// </summary>
public class RestrictedMeanMatchesRTests
{
    public static TheoryData<string> Differences() => SurvivalFixture.DifferenceNames();

    [Theory]
    [MemberData(nameof(Differences))]
    public void DifferenceMatchesR(string name)
    {
        var c = SurvivalFixture.Difference(name);
        var tau = (double)c["tau"]!;
        var level = (double)c["level"]!;
        var groupColumn = (string)c["group_column"]!;
        RestrictedMeanEstimate Mean(string group)
        {
            var (time, status) = SurvivalFixture.Rows(c, group, groupColumn);
            return RestrictedMean.Compute(KaplanMeier.Fit(time, status), tau);
        }
        var first = Mean((string)c["group1"]!);
        var second = Mean((string)c["group2"]!);
        AssertR.Close((double)c["rmean1"]!, first.Estimate, "rmean1");
        AssertR.Close((double)c["se1"]!, first.StdErr, "se1");
        AssertR.Close((double)c["rmean2"]!, second.Estimate, "rmean2");
        AssertR.Close((double)c["se2"]!, second.StdErr, "se2");

        var difference = RestrictedMean.Difference(first, second, level);
        AssertR.Close((double)c["difference"]!, difference.Estimate, "difference");
        AssertR.Close((double)c["se"]!, difference.StdErr, "se");
        AssertR.Close((double)c["lower"]!, difference.Lower, "lower");
        AssertR.Close((double)c["upper"]!, difference.Upper, "upper");
        AssertR.Close((double)c["z"]!, difference.Z!.Value, "z");
        AssertR.Close((double)c["p"]!, difference.PValue!.Value, "p");
    }
}
