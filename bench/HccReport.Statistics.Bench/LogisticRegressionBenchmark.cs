using BenchmarkDotNet.Attributes;
using HccReport.Statistics.Regression;

namespace HccReport.Statistics.Bench;

/// <summary>
/// Logistic regression with six standard-normal covariates, as bench/logistic_glm.R times R's glm and glm.fit:
/// logit P(y = 1) = -0.5 + 0.5 x1 - 0.3 x2 + 0.2 x3 + 0.1 x4 + 0 x5 + 0.4 x6 (both converge in 4 iterations).
/// </summary>
[MemoryDiagnoser]
public class LogisticRegressionBenchmark
{
    private static readonly string[] Names = ["x1", "x2", "x3", "x4", "x5", "x6"];
    private bool[] _y = [];
    private double[,] _x = new double[0, 0];

    /// <summary>Number of observations.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Seeded data, generated once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(20240601);
        double[] beta = [0.5, -0.3, 0.2, 0.1, 0.0, 0.4];
        _x = new double[N, 6];
        _y = new bool[N];
        for (var i = 0; i < N; i++)
        {
            var eta = -0.5;
            for (var j = 0; j < 6; j++)
            {
                // Box-Muller standard normal.
                var u1 = 1.0 - rng.NextDouble();
                var u2 = rng.NextDouble();
                _x[i, j] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
                eta += beta[j] * _x[i, j];
            }
            _y[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-eta));
        }
    }

    /// <summary>The full fit as the analysis layer calls it (R convention, Wald intervals, separation check).</summary>
    [Benchmark]
    public LogisticFit Fit() => LogisticRegression.Fit(_y, _x, Names);
}
