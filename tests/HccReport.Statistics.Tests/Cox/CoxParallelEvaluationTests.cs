using HccReport.Statistics.Survival.Cox;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>
/// Large fits split their work over two threads. R's fixtures are too small to take that path, so these tests hold it
/// to the one-thread path, bit for bit: a report must not change with the machine it is rendered on.
/// </summary>
public sealed class CoxParallelEvaluationTests
{
    private static (double[] Time, bool[] Status, int[] Strata, double[,] X) Sample(int n, int p, int seed)
    {
        var random = new Random(seed);
        var time = new double[n];
        var status = new bool[n];
        var strata = new int[n];
        var x = new double[n, p];
        for (var i = 0; i < n; i++)
        {
            time[i] = 1 + random.Next(200);
            status[i] = random.NextDouble() < 0.7;
            strata[i] = random.Next(3);
            for (var j = 0; j < p; j++) x[i, j] = j % 3 == 2 ? random.Next(2) : Math.Round(random.NextDouble() * 4 - 2, 2);
        }
        return (time, status, strata, x);
    }

    [Theory]
    [InlineData(CoxTies.Efron, 2, false)]
    [InlineData(CoxTies.Efron, 6, false)]
    [InlineData(CoxTies.Efron, 7, true)]
    [InlineData(CoxTies.Breslow, 6, false)]
    [InlineData(CoxTies.Breslow, 5, true)]
    public void TwoThreadsGiveTheBitsOfOne(CoxTies ties, int p, bool stratified)
    {
        var (time, status, strata, x) = Sample(3_000, p, seed: p * 10 + (stratified ? 1 : 0));
        var riskSets = CoxRiskSets.Create(time, status, stratified ? strata : null);
        var design = CoxDesign.Create(x, riskSets.Order);
        var one = new CoxLikelihood(riskSets, design, ties, parallelWork: long.MaxValue);
        var two = new CoxLikelihood(riskSets, design, ties, parallelWork: 0);
        var beta = Enumerable.Range(0, p).Select(j => 0.1 * (j - p / 2.0)).ToArray();

        // Twice, so the second evaluation reuses the scratch sums the first one left behind.
        for (var round = 0; round < 2; round++)
        {
            double[] scoreOne = new double[p], scoreTwo = new double[p], infoOne = new double[p * p], infoTwo = new double[p * p];
            var loglikOne = one.Evaluate(beta, scoreOne, infoOne);
            var loglikTwo = two.Evaluate(beta, scoreTwo, infoTwo);

            Assert.Equal(BitConverter.DoubleToInt64Bits(loglikOne), BitConverter.DoubleToInt64Bits(loglikTwo));
            Assert.Equal(scoreOne.Select(BitConverter.DoubleToInt64Bits), scoreTwo.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(infoOne.Select(BitConverter.DoubleToInt64Bits), infoTwo.Select(BitConverter.DoubleToInt64Bits));
            for (var i = 0; i < p; i++)
                for (var j = 0; j < p; j++) Assert.Equal(infoTwo[i * p + j], infoTwo[j * p + i]);
            Assert.True(loglikOne < 0);
            for (var j = 0; j < p; j++) beta[j] += 0.05;
        }
    }

    [Fact]
    public void ANonFiniteCovariateInALargeFitIsNamedWithItsRow()
    {
        var (time, status, _, x) = Sample(60_000, 4, seed: 3);
        x[41_234, 2] = double.NaN;
        var error = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(time, status, x, ["a", "b", "c", "d"]));
        Assert.Contains("Covariate c at row 41234 is NaN", error.Message);
    }

    [Fact]
    public void ALargeFitMatchesTheSameFitOnOneThread()
    {
        // 60,000 rows × 4 columns takes the two-thread paths of Prepare, CoxDesign and CoxLikelihood; the sequential
        // reference is the selectable model's fit of the same rows, evaluated with parallelism turned off.
        var (time, status, _, x) = Sample(60_000, 4, seed: 5);
        string[] names = ["a", "b", "c", "d"];
        var fit = CoxRegression.Fit(time, status, x, names);

        var riskSets = CoxRiskSets.Create(time, status, null);
        var design = CoxDesign.Create(x, riskSets.Order);
        var sequential = CoxNewtonRaphson.Run(new CoxLikelihood(riskSets, design, CoxTies.Efron, long.MaxValue), design,
            CoxOptions.Default, new double[4]);

        Assert.Equal(sequential.Iterations, fit.Iterations);
        Assert.Equal(sequential.LogLikelihood, fit.LogLikelihood);
        for (var j = 0; j < 4; j++) Assert.Equal(sequential.Beta[j], fit.Coefficients[j].Estimate!.Value);
    }
}
