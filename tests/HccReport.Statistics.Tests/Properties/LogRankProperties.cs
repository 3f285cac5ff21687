using FsCheck.Xunit;
using HccReport.Statistics.Survival;

namespace HccReport.Statistics.Tests.Properties;

/// <summary>
/// The log-rank statistic compares groups, whatever their names or the order of the rows: relabelling the groups
/// (another code per group, or text labels sorting in another order) or shuffling the rows leaves the chi-square,
/// its degrees of freedom and P unchanged; a group's observed and expected counts follow it to its new label.
/// </summary>
public class LogRankProperties
{
    private const double Tolerance = 1e-9;

    private static bool Same(LogRankTest a, LogRankTest b) =>
        a.DegreesOfFreedom == b.DegreesOfFreedom
        && Close.Enough(a.ChiSquare, b.ChiSquare, Tolerance)
        && Close.Enough(a.PValue, b.PValue, Tolerance);

    [Property(Arbitrary = [typeof(SampleArbitraries)], MaxTest = 100, EndSize = 40)]
    public bool RelabellingTheGroupsChangesNothing(SurvivalSample sample)
    {
        var test = LogRank.Test(sample.Time, sample.Status, sample.Group);

        // Codes reversed and spread out (2 -> 10, 1 -> 20, 0 -> 30): the groups come out in the opposite order.
        var recoded = sample.Group.Select(g => 10 * (sample.Levels - g)).ToArray();
        var byCode = LogRank.Test(sample.Time, sample.Status, recoded);

        // Text labels whose ordinal order differs again from the codes' order.
        string[] names = ["zeta", "alpha", "Mu"];
        var byName = LogRank.Test(sample.Time, sample.Status, sample.Group.Select(g => names[g]).ToArray());

        var followsItsGroup = Enumerable.Range(0, sample.Levels).All(g =>
        {
            var i = test.Groups.ToList().IndexOf(g.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var j = byName.Groups.ToList().IndexOf(names[g]);
            return Close.Enough(test.Observed[i], byName.Observed[j], Tolerance) && Close.Enough(test.Expected[i], byName.Expected[j], Tolerance);
        });
        return Same(test, byCode) && Same(test, byName) && followsItsGroup;
    }

    [Property(Arbitrary = [typeof(SampleArbitraries)], MaxTest = 100, EndSize = 40)]
    public bool ShufflingTheRowsChangesNothing(SurvivalSample sample)
    {
        var test = LogRank.Test(sample.Time, sample.Status, sample.Group);
        var shuffled = LogRank.Test(sample.Shuffled(sample.Time), sample.Shuffled(sample.Status), sample.Shuffled(sample.Group));
        return Same(test, shuffled) && test.Expected.Zip(shuffled.Expected).All(p => Close.Enough(p.First, p.Second, Tolerance));
    }

    [Property(Arbitrary = [typeof(SampleArbitraries)], MaxTest = 100, EndSize = 40)]
    public bool ObservedAndExpectedEventsBalance(SurvivalSample sample)
    {
        // Under any weights of the log-rank family, the expected counts share out the observed events.
        var test = LogRank.Test(sample.Time, sample.Status, sample.Group);
        var events = sample.Status.Count(s => s);
        return Close.Enough(test.Observed.Sum(), events, Tolerance)
            && Close.Enough(test.Expected.Sum(), events, 1e-9)
            && test.ChiSquare >= 0;
    }
}
