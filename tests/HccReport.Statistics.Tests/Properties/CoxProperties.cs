using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HccReport.Statistics.Survival.Cox;

namespace HccReport.Statistics.Tests.Properties;

/// <summary>
/// Cox model invariants on random data (a continuous covariate with ties and a group indicator, Efron and Breslow
/// ties): the hazard ratio of -x is the reciprocal of that of x, with the interval mirrored and the same P; and the
/// fit does not depend on the order of the rows. Fits whose likelihood is monotone (a coefficient running to
/// infinity, which small random samples sometimes give) are classified and compared only in their status.
/// </summary>
public class CoxProperties
{
    private static double[,] Design(double[] x, int[] group, double sign = 1)
    {
        var design = new double[x.Length, 2];
        for (var i = 0; i < x.Length; i++)
        {
            design[i, 0] = sign * x[i];
            design[i, 1] = group[i] == 1 ? 1 : 0;
        }
        return design;
    }

    private static readonly string[] Names = ["x", "group1"];

    private static bool Estimated(CoxFit fit) => fit.Coefficients.All(c => c.Status == CoxCoefficientStatus.Estimated);

    [Property(Arbitrary = [typeof(SampleArbitraries)], MaxTest = 100, EndSize = 40)]
    public Property NegatingACovariateInvertsItsHazardRatio(SurvivalSample sample)
    {
        var results = new List<bool>();
        var estimated = true;
        foreach (var options in new[] { CoxOptions.Default, CoxOptions.Spss })
        {
            var fit = CoxRegression.Fit(sample.Time, sample.Status, Design(sample.X, sample.Group), Names, options);
            var negated = CoxRegression.Fit(sample.Time, sample.Status, Design(sample.X, sample.Group, -1), Names, options);
            estimated &= Estimated(fit);
            if (!Estimated(fit))
            {
                results.Add(fit.Coefficients.Select(c => c.Status).SequenceEqual(negated.Coefficients.Select(c => c.Status)));
                continue;
            }
            var (a, b) = (fit.Coefficients[0], negated.Coefficients[0]);
            results.Add(Close.Enough(a.Estimate!.Value, -b.Estimate!.Value, 1e-8)
                && Close.Enough(a.HazardRatio!.Value * b.HazardRatio!.Value, 1, 1e-8)
                && Close.Enough(a.Lower!.Value * b.Upper!.Value, 1, 1e-8)
                && Close.Enough(a.Upper!.Value * b.Lower!.Value, 1, 1e-8)
                && Close.Enough(a.P, b.P, 1e-8)
                && Close.Enough(fit.Coefficients[1].Estimate, negated.Coefficients[1].Estimate, 1e-8)
                && Close.Enough(fit.LogLikelihood, negated.LogLikelihood, 1e-10));
        }
        return results.All(r => r).Classify(!estimated, "monotone likelihood");
    }

    [Property(Arbitrary = [typeof(SampleArbitraries)], MaxTest = 100, EndSize = 40)]
    public Property CoefficientsDoNotDependOnRowOrder(SurvivalSample sample)
    {
        var results = new List<bool>();
        var estimated = true;
        foreach (var options in new[] { CoxOptions.Default, CoxOptions.Spss })
        {
            var fit = CoxRegression.Fit(sample.Time, sample.Status, Design(sample.X, sample.Group), Names, options);
            var shuffled = CoxRegression.Fit(sample.Shuffled(sample.Time), sample.Shuffled(sample.Status),
                Design(sample.Shuffled(sample.X), sample.Shuffled(sample.Group)), Names, options);
            estimated &= Estimated(fit);
            if (!Estimated(fit))
            {
                results.Add(fit.Coefficients.Select(c => c.Status).SequenceEqual(shuffled.Coefficients.Select(c => c.Status)));
                continue;
            }
            // Sums over tied rows are added in another order: agreement to rounding, through the same iterations.
            results.Add(fit.Coefficients.Zip(shuffled.Coefficients).All(p =>
                    Close.Enough(p.First.Estimate, p.Second.Estimate, 1e-8) && Close.Enough(p.First.StdError, p.Second.StdError, 1e-8))
                && Close.Enough(fit.LogLikelihood, shuffled.LogLikelihood, 1e-10)
                && Close.Enough(fit.Concordance.Value, shuffled.Concordance.Value, 1e-12));
        }
        return results.All(r => r).Classify(!estimated, "monotone likelihood");
    }
}
