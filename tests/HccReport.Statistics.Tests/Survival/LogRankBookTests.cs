using HccReport.Statistics.Survival;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>
/// Log-rank on six rows worked by hand. Sorted: 1 A event, 2 B event, 3 A event, 4 B event, 5 A censored,
/// 6 B event. At each event time (n at risk, n_A at risk, one event):
/// <code>
/// t  n  n_A  event  E_A    V = n_A n_B (n - 1) / (n^2 (n - 1))   KM(t-)
/// 1  6  3    A      1/2    1/4                                      1
/// 2  5  2    B      2/5    6/25                                     5/6
/// 3  4  2    A      1/2    1/4                                      2/3
/// 4  3  1    B      1/3    2/9                                      1/2
/// 6  1  0    B      0      (n = 1: none)                            1/3
/// </code>
/// O_A = 2, E_A = 26/15, V = 433/450, so chi-square = (4/15)^2 / (433/450) = 32/433.
/// </summary>
public class LogRankBookTests
{
    private static readonly double[] Time = [5, 2, 1, 6, 4, 3];
    private static readonly bool[] Status = [false, true, true, true, true, true];
    private static readonly string[] Group = ["A", "B", "A", "B", "B", "A"];
    private const double Exact = 1e-13;

    [Fact]
    public void ObservedExpectedAndVarianceAreTheHandFractions()
    {
        var test = LogRank.Test(Time, Status, Group);
        Assert.Equal(["A", "B"], test.Groups);
        Assert.Equal([3, 3], test.N);
        Assert.Equal([2, 3], test.Events);
        Assert.Equal(2, test.Observed[0]);
        Assert.Equal(3, test.Observed[1]);
        Assert.Equal(26.0 / 15, test.Expected[0], Exact);
        Assert.Equal(49.0 / 15, test.Expected[1], Exact);
        Assert.Equal(433.0 / 450, test.Variance[0][0], Exact);
        Assert.Equal(-433.0 / 450, test.Variance[0][1], Exact);
        Assert.Equal(32.0 / 433, test.ChiSquare, Exact);
        Assert.Equal(1, test.DegreesOfFreedom);
    }

    [Fact]
    public void PetoPetoWeightsByTheLeftContinuousPooledKaplanMeier()
    {
        // O_A = 1 + 2/3, E_A = 1/2 + (5/6)(2/5) + (2/3)(1/2) + (1/2)(1/3) = 4/3,
        // V = 1/4 + (25/36)(6/25) + (4/9)(1/4) + (1/4)(2/9) = 7/12: chi-square = (1/3)^2 / (7/12) = 4/21
        var test = LogRank.Test(Time, Status, Group, weight: LogRankWeight.PetoPeto);
        Assert.Equal(5.0 / 3, test.Observed[0], Exact);
        Assert.Equal(4.0 / 3, test.Expected[0], Exact);
        Assert.Equal(7.0 / 12, test.Variance[0][0], Exact);
        Assert.Equal(4.0 / 21, test.ChiSquare, Exact);
    }

    [Fact]
    public void BreslowWeightsByTheNumberAtRisk()
    {
        // w = 6, 5, 4, 3, 1: O_A = 6 + 4, E_A = 3 + 2 + 2 + 1, V = 9 + 6 + 4 + 2
        var test = LogRank.Test(Time, Status, Group, weight: LogRankWeight.Breslow);
        Assert.Equal(10, test.Observed[0], Exact);
        Assert.Equal(8, test.Expected[0], Exact);
        Assert.Equal(21, test.Variance[0][0], Exact);
        Assert.Equal(4.0 / 21, test.ChiSquare, Exact);
    }

    [Fact]
    public void TaroneWareWeightsByTheRootOfTheNumberAtRisk()
    {
        double s6 = Math.Sqrt(6), s5 = Math.Sqrt(5), s4 = 2, s3 = Math.Sqrt(3);
        var u = s6 + s4 - (s6 / 2 + s5 * 2 / 5 + s4 / 2 + s3 / 3);
        var v = 6.0 / 4 + 5 * 6.0 / 25 + 4.0 / 4 + 3 * 2.0 / 9;
        var test = LogRank.Test(Time, Status, Group, weight: LogRankWeight.TaroneWare);
        Assert.Equal(v, test.Variance[0][0], Exact);
        Assert.Equal(u * u / v, test.ChiSquare, Exact);
    }

    [Fact]
    public void IntegerCodesGiveTheSameTestAsLabels()
    {
        var codes = Group.Select(g => g == "A" ? 7 : 12).ToArray();
        var test = LogRank.Test(Time, Status, codes);
        Assert.Equal(["7", "12"], test.Groups);
        Assert.Equal(32.0 / 433, test.ChiSquare, Exact);
    }

    [Fact]
    public void StratifiedTestSumsObservedExpectedAndVarianceOverStrata()
    {
        // the same six rows twice, as two strata: O - E and V double, so chi-square doubles
        var time = Time.Concat(Time).ToArray();
        var status = Status.Concat(Status).ToArray();
        var group = Group.Concat(Group).ToArray();
        var strata = Enumerable.Repeat("x", 6).Concat(Enumerable.Repeat("y", 6)).ToArray();
        var test = LogRank.Test(time, status, group, strata);
        Assert.Equal(2, test.Strata);
        Assert.Equal(52.0 / 15, test.Expected[0], Exact);
        Assert.Equal(2 * 433.0 / 450, test.Variance[0][0], Exact);
        Assert.Equal(2 * 32.0 / 433, test.ChiSquare, Exact);
    }
}
