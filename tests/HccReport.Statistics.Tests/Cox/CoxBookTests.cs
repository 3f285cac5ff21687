using HccReport.Statistics.Survival.Cox;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>
/// The first data set of Therneau &amp; Grambsch's appendix (survival's tests/book1.R), without its NA row and
/// deliberately unsorted: time 9 1 1 6 6 8, status 1 1 0 1 1 0, x 0 1 1 1 0 0. With r = exp(β) everything is a
/// closed form, derived by hand below; the fit is checked at β = 0, after one Newton step and at convergence.
/// </summary>
/// <remarks>
/// Risk sets: at t = 1 all six (x sum r·3, denominator 3r + 3) with one event (x = 1); at t = 6 the four with
/// t ≥ 6 (denominator r + 3) with two events, x = 1 and x = 0; at t = 9 only the event itself (no information).
/// Breslow: ℓ = 2β − log(3r+3) − 2 log(r+3), U = 2 − r/(r+1) − 2r/(r+3), I = r/(r+1)² + 6r/(r+3)².
/// Efron: the second event at t = 6 sees r + 3 − (r + 1)/2 = (r + 5)/2 with x sum r/2, so
/// ℓ = 2β − log(3r+3) − log(r+3) − log((r+5)/2), U = 2 − r/(r+1) − r/(r+3) − r/(r+5),
/// I = r/(r+1)² + 3r/(r+3)² + 5r/(r+5)².
/// At β = 0: Breslow ℓ = −log 96, U = 1, I = 5/8, first step 8/5; Efron ℓ = −log 72, U = 13/12, I = 83/144,
/// first step 156/83. Breslow's U = 0 gives −r² + 3r + 6 = 0, so β̂ = log((3 + √33)/2).
/// </remarks>
public sealed class CoxBookTests
{
    private static readonly double[] Time = [9, 1, 1, 6, 6, 8];
    private static readonly bool[] Status = [true, true, false, true, true, false];
    private static readonly double[,] X = { { 0 }, { 1 }, { 1 }, { 1 }, { 0 }, { 0 } };
    private const double Exact = 1e-12;

    private static (double LogLik, double U, double I) Breslow(double beta)
    {
        var r = Math.Exp(beta);
        return (2 * beta - Math.Log(3 * r + 3) - 2 * Math.Log(r + 3),
            2 - r / (r + 1) - 2 * r / (r + 3),
            r / Math.Pow(r + 1, 2) + 6 * r / Math.Pow(r + 3, 2));
    }

    private static (double LogLik, double U, double I) Efron(double beta)
    {
        var r = Math.Exp(beta);
        return (2 * beta - Math.Log(3 * r + 3) - Math.Log(r + 3) - Math.Log((r + 5) / 2),
            2 - r / (r + 1) - r / (r + 3) - r / (r + 5),
            r / Math.Pow(r + 1, 2) + 3 * r / Math.Pow(r + 3, 2) + 5 * r / Math.Pow(r + 5, 2));
    }

    public static TheoryData<CoxTies, double, double, double, double> AtZero => new()
    {
        { CoxTies.Breslow, -Math.Log(96), 1.0, 5.0 / 8, 8.0 / 5 },
        { CoxTies.Efron, -Math.Log(72), 13.0 / 12, 83.0 / 144, 156.0 / 83 },
    };

    [Theory]
    [MemberData(nameof(AtZero))]
    public void LikelihoodScoreAndInformationAtZeroAreTheClosedForms(CoxTies ties, double logLik, double u, double i, double firstStep)
    {
        var likelihood = Likelihood(ties);
        var score = new double[1];
        var information = new double[1];
        Assert.Equal(logLik, likelihood.Evaluate([0.0], score, information), Exact);
        Assert.Equal(u, score[0], Exact);
        Assert.Equal(i, information[0], Exact);
        Assert.Equal(firstStep, u / i, Exact);
    }

    [Theory]
    [InlineData(CoxTies.Breslow, 8.0 / 5)]
    [InlineData(CoxTies.Efron, 156.0 / 83)]
    public void LikelihoodScoreAndInformationAfterOneStepAreTheClosedForms(CoxTies ties, double beta)
    {
        var expected = ties == CoxTies.Breslow ? Breslow(beta) : Efron(beta);
        var score = new double[1];
        var information = new double[1];
        Assert.Equal(expected.LogLik, Likelihood(ties).Evaluate([beta], score, information), Exact);
        Assert.Equal(expected.U, score[0], Exact);
        Assert.Equal(expected.I, information[0], Exact);
    }

    [Theory]
    [InlineData(CoxTies.Breslow, 8.0 / 5, 8.0 / 5)]
    [InlineData(CoxTies.Efron, 156.0 / 83, 169.0 / 83)]
    public void OneIterationReportsTheFirstNewtonStep(CoxTies ties, double beta, double scoreTest)
    {
        var fit = CoxRegression.Fit(Time, Status, X, ["x"], new CoxOptions { Ties = ties, MaxIterations = 1 });
        var expected = ties == CoxTies.Breslow ? Breslow(beta) : Efron(beta);
        var atZero = ties == CoxTies.Breslow ? Breslow(0) : Efron(0);

        Assert.Equal(beta, fit.Coefficients[0].Estimate!.Value, Exact);
        Assert.Equal(1 / Math.Sqrt(expected.I), fit.Coefficients[0].StdError!.Value, Exact);
        Assert.Equal(expected.LogLik, fit.LogLikelihood, Exact);
        Assert.Equal(atZero.LogLik, fit.LogLikelihoodNull, Exact);
        Assert.Equal(scoreTest, fit.ScoreTest!.Statistic, Exact);
        Assert.Equal(1, fit.Iterations);
        Assert.False(fit.Converged);
    }

    [Fact]
    public void BreslowEstimateIsTheRootOfTheScore()
    {
        var fit = CoxRegression.Fit(Time, Status, X, ["x"], new CoxOptions { Ties = CoxTies.Breslow });
        var beta = Math.Log((3 + Math.Sqrt(33)) / 2);

        Assert.True(fit.Converged);
        Assert.Equal(beta, fit.Coefficients[0].Estimate!.Value, 1e-9);
        Assert.Equal(1 / Math.Sqrt(Breslow(beta).I), fit.Coefficients[0].StdError!.Value, 1e-9);
        Assert.Equal(2 * (Breslow(beta).LogLik - Breslow(0).LogLik), fit.LikelihoodRatioTest!.Statistic, 1e-12);
    }

    /// <summary>
    /// With β̂ &gt; 0 an event with x = 1 is the higher risk. Comparable pairs: the event at 1 (x = 1) with the censored
    /// at 1 and the event at 6 with x = 1 (tied risk) and with 6, 8, 9 of x = 0 (concordant); the event at 6 with x = 1
    /// with 8 and 9 (concordant); the event at 6 with x = 0 with 8 and 9 (tied risk). The two events at 6 are tied
    /// on time. C = (5 + 4/2) / 9 = 7/9.
    /// </summary>
    [Fact]
    public void ConcordanceCountsAreTheHandCount()
    {
        var c = CoxRegression.Fit(Time, Status, X, ["x"]).Concordance;

        Assert.Equal(5, c.Concordant);
        Assert.Equal(0, c.Discordant);
        Assert.Equal(4, c.TiedRisk);
        Assert.Equal(1, c.TiedTime);
        Assert.Equal(0, c.TiedRiskAndTime);
        Assert.Equal(7.0 / 9, c.Value!.Value, Exact);
    }

    private static CoxLikelihood Likelihood(CoxTies ties)
    {
        var riskSets = CoxRiskSets.Create(Time, Status, strata: null);
        return new CoxLikelihood(riskSets, CoxDesign.Create(X, riskSets.Order), ties);
    }
}
