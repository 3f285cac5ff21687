using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HccReport.Statistics.Regression;

namespace HccReport.Statistics.Tests.Properties;

/// <summary>
/// Logistic regression does not depend on the order of the rows: the same coefficients, standard errors, Wald and
/// profile intervals, deviance and separation verdict whatever the order (R's and SPSS's conventions). The outcome is
/// the sample's event indicator (both values present); covariates a continuous one with ties, a group indicator and the
/// time. Separated samples, common at this size, must be found separated in both orders.
/// </summary>
public class LogisticProperties
{
    private static readonly string[] Names = ["x", "group1", "time"];

    private static (bool[] Y, double[,] X) Data(SurvivalSample s, Func<int, int> row)
    {
        var y = new bool[s.Count];
        var x = new double[s.Count, 3];
        for (var i = 0; i < s.Count; i++)
        {
            var r = row(i);
            y[i] = s.Status[r] && r != 1; // row 1 is a non-event, so both outcomes occur
            x[i, 0] = s.X[r];
            x[i, 1] = s.Group[r] == 1 ? 1 : 0;
            x[i, 2] = s.Time[r];
        }
        return (y, x);
    }

    private static bool Same(LogisticCoefficient a, LogisticCoefficient b, double tolerance) =>
        a.Aliased == b.Aliased
        && Close.Enough(a.Estimate, b.Estimate, tolerance)
        && Close.Enough(a.StandardError, b.StandardError, tolerance)
        && Close.Enough(a.Lower, b.Lower, tolerance)
        && Close.Enough(a.Upper, b.Upper, tolerance)
        && Close.Enough(a.P, b.P, tolerance);

    [Property(Arbitrary = [typeof(SampleArbitraries)], MaxTest = 60, EndSize = 40)]
    public Property FitsDoNotDependOnRowOrder(SurvivalSample sample)
    {
        var (y, x) = Data(sample, i => i);
        var (ys, xs) = Data(sample, i => sample.Permutation[i]);
        var results = new List<bool>();
        var separated = false;
        var options = new[]
        {
            LogisticOptions.R,
            LogisticOptions.R with { IntervalMethod = LogisticIntervalMethod.Profile },
            new LogisticOptions { Convention = LogisticConvention.Spss },
        };
        foreach (var option in options)
        {
            var fit = LogisticRegression.Fit(y, x, Names, option);
            var shuffled = LogisticRegression.Fit(ys, xs, Names, option);
            var clean = fit.Separation.Kind == SeparationKind.None && fit.Converged;
            separated |= !clean;
            results.Add(fit.Separation.Kind == shuffled.Separation.Kind);
            if (!clean) continue;
            // The rows are summed in another order: agreement to rounding, amplified a little by the iterations.
            results.Add(Same(fit.Intercept, shuffled.Intercept, 1e-7)
                && fit.Terms.Zip(shuffled.Terms).All(p => Same(p.First, p.Second, 1e-7))
                && Close.Enough(fit.Deviance, shuffled.Deviance, 1e-9)
                && fit.N == shuffled.N && fit.Events == shuffled.Events);
        }
        return results.All(r => r).Classify(separated, "separated or not converged");
    }
}
