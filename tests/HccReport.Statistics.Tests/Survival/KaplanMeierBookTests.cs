using HccReport.Statistics.Survival;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>
/// Kaplan-Meier on six rows, unsorted, with an event and a censoring tied at t = 3, worked by hand:
/// <code>
/// t      n  d  c   S                      sum d/(n(n-d))
/// 1      6  1  0   5/6                    1/30
/// 2      5  1  0   5/6 * 4/5 = 2/3        1/30 + 1/20 = 1/12
/// 3      4  1  1   2/3 * 3/4 = 1/2        1/12 + 1/12 = 1/6
/// 4      2  1  0   1/2 * 1/2 = 1/4        1/6 + 1/2 = 2/3
/// 6      1  0  1   1/4                    2/3
/// </code>
/// </summary>
public class KaplanMeierBookTests
{
    private static readonly double[] Time = [4, 1, 3, 2, 6, 3];
    private static readonly bool[] Status = [true, true, false, true, false, true];
    private const double Exact = 1e-14;

    [Fact]
    public void SurvivalStepsAreTheProductLimitFractions()
    {
        var fit = KaplanMeier.Fit(Time, Status);
        Assert.Equal([1.0, 2, 3, 4, 6], fit.Time);
        Assert.Equal([6, 5, 4, 2, 1], fit.NRisk);
        Assert.Equal([1, 1, 1, 1, 0], fit.NEvent);
        Assert.Equal([0, 0, 1, 0, 1], fit.NCensor);
        double[] expected = [5.0 / 6, 2.0 / 3, 1.0 / 2, 1.0 / 4, 1.0 / 4];
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], fit.Survival[i], Exact);
    }

    [Fact]
    public void GreenwoodStandardErrorIsSTimesRootOfTheSum()
    {
        var fit = KaplanMeier.Fit(Time, Status);
        Assert.Equal(0.5 * Math.Sqrt(1.0 / 6), fit.StdErr[2]!.Value, Exact);
        Assert.Equal(0.25 * Math.Sqrt(2.0 / 3), fit.StdErr[3]!.Value, Exact);
    }

    [Fact]
    public void LogIntervalIsExpOfLogSPlusMinusZTimesGreenwood()
    {
        var fit = KaplanMeier.Fit(Time, Status);
        var z = 1.959963984540054;
        Assert.Equal(0.5 * Math.Exp(-z * Math.Sqrt(1.0 / 6)), fit.Lower[2]!.Value, 1e-12);
        Assert.Equal(Math.Min(1, 0.5 * Math.Exp(z * Math.Sqrt(1.0 / 6))), fit.Upper[2]!.Value, 1e-12);
    }

    [Fact]
    public void MedianIsTheMidpointWhereTheCurveSitsAtOneHalf()
    {
        // S = 1/2 exactly on [3, 4): R's rule gives (3 + 4) / 2, SPSS's the first time, 3
        Assert.Equal(3.5, KaplanMeier.Fit(Time, Status).Median.Estimate);
        Assert.Equal(3.5, KaplanMeier.Fit(Time, Status).Quantile(0.5).Estimate);
        var spss = KaplanMeier.Fit(Time, Status, new KaplanMeierOptions { MedianMethod = MedianMethod.SpssWald });
        Assert.Equal(3.0, spss.Median.Estimate);
    }

    [Fact]
    public void SpssMedianStandardErrorUsesTheFiveAndFortyFivePercentWindow()
    {
        // u = 2 (S = 2/3 >= 0.55), l = 4 (S = 1/4 <= 0.45): f = (2/3 - 1/4) / (4 - 2) = 5/24;
        // SE = SE(S(3)) / f = (1/2) sqrt(1/6) * 24/5
        var fit = KaplanMeier.Fit(Time, Status, new KaplanMeierOptions { MedianMethod = MedianMethod.SpssWald });
        var se = 0.5 * Math.Sqrt(1.0 / 6) * 24 / 5;
        Assert.Equal(se, fit.Median.StdErr!.Value, Exact);
        Assert.Equal(3 - 1.96 * se, fit.Median.Lower!.Value, Exact);
        Assert.Equal(3 + 1.96 * se, fit.Median.Upper!.Value, Exact);
    }

    [Fact]
    public void SurvivalAtFollowsStepSemantics()
    {
        var fit = KaplanMeier.Fit(Time, Status);
        Assert.Equal(1.0, fit.SurvivalAt(0.5)!.Survival);
        Assert.Equal(6, fit.SurvivalAt(0.5)!.NRisk);
        Assert.Equal(2.0 / 3, fit.SurvivalAt(2)!.Survival, Exact);   // the event at 2 is included
        Assert.Equal(2.0 / 3, fit.SurvivalAt(2.99)!.Survival, Exact);
        Assert.Equal(4, fit.SurvivalAt(2.99)!.NRisk);
        Assert.Equal(1.0 / 4, fit.SurvivalAt(6)!.Survival, Exact);
        Assert.Null(fit.SurvivalAt(6.01));                            // beyond follow-up: undefined
    }

    [Fact]
    public void RiskTableCountsAtRiskAndCumulativeEventsAndCensorings()
    {
        var table = KaplanMeier.Fit(Time, Status).RiskAt([0, 2.5, 3, 7]);
        Assert.Equal([6, 4, 4, 0], table.NRisk);
        Assert.Equal([0, 2, 3, 4], table.CumulativeEvents);
        Assert.Equal([0, 0, 1, 2], table.CumulativeCensored);
    }

    [Fact]
    public void RestrictedMeanIsTheAreaWithItsVariance()
    {
        // area to 6: 1 + 5/6 + 2/3 + 1/2 + 2 * 1/4 = 7/2;
        // A(1) = 5/2, A(2) = 5/3, A(3) = 1, A(4) = 1/2: Var = (25/4)/30 + (25/9)/20 + 1/12 + (1/4)/2 = 5/9
        var mean = RestrictedMean.Compute(KaplanMeier.Fit(Time, Status), 6);
        Assert.Equal(3.5, mean.Estimate, Exact);
        Assert.Equal(Math.Sqrt(5.0 / 9), mean.StdErr, Exact);
        var spss = RestrictedMean.ComputeSpss(KaplanMeier.Fit(Time, Status));
        Assert.Equal(6, spss.Tau);
        Assert.Equal(3.5 - 1.96 * Math.Sqrt(5.0 / 9), spss.Lower, Exact);
    }

    [Fact]
    public void ThirdsStepAsOneThirdAndTwoThirdsWithoutCensoring()
    {
        var fit = KaplanMeier.Fit([3.0, 1, 2], [true, true, true]);
        Assert.Equal(2.0 / 3, fit.Survival[0], Exact);
        Assert.Equal(1.0 / 3, fit.Survival[1], Exact);
        Assert.Equal(0.0, fit.Survival[2]);
        Assert.Null(fit.StdErr[2]);   // Greenwood is infinite once everyone has died: R gives NaN
        Assert.Null(fit.Lower[2]);    // log interval at S = 0: R gives NA
        Assert.Equal(2.0, fit.Median.Estimate);
    }
}
