using HccReport.Statistics.Survival;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>
/// SPSS 31 KM output (shared/notes/spss-conventions.md, section 5) on the StatEdu fixture, which
/// tests/reference/survival.R rebuilds from its rule into data/survival_spss.csv: id = 1..72,
/// time = 20 + (37 id mod 500), status = 0 when id mod 10 is 1, 4 or 7, sex = 1 for odd id.
/// SPSS printed these values unrounded; we match them to 1e-10 relative.
/// </summary>
public class SpssConventionTests
{
    private const double Tolerance = 1e-10;

    private static (double[] Time, bool[] Status) Rows(int? sex)
    {
        var time = ReferenceFixture.Column("survival_spss", "time");
        var status = ReferenceFixture.Column("survival_spss", "status");
        var group = ReferenceFixture.Column("survival_spss", "sex");
        var keep = Enumerable.Range(0, time.Length).Where(i => sex is null || group[i] == sex).ToArray();
        return (keep.Select(i => time[i]).ToArray(), keep.Select(i => status[i] != 0).ToArray());
    }

    private static KaplanMeierFit Fit(int? sex)
    {
        var (time, status) = Rows(sex);
        return KaplanMeier.Fit(time, status, new KaplanMeierOptions { MedianMethod = MedianMethod.SpssWald });
    }

    private static void Close(double expected, double? actual, string what)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual.Value) <= Tolerance * Math.Abs(expected),
            $"{what}: SPSS gives {expected:R}, we give {actual:R}");
    }

    [Theory]
    [InlineData(1, 353, 28.40150389233, 297.33305237103, 408.66694762897)]
    [InlineData(2, 296, 49.812325244556, 198.36784252067, 393.63215747933)]
    public void MedianWithKleinMoeschbergerStandardErrorMatchesSpss(int sex, double median, double se, double lower, double upper)
    {
        var q = Fit(sex).Median;
        Close(median, q.Estimate, "median");
        Close(se, q.StdErr, "median SE");
        Close(lower, q.Lower, "median lower");
        Close(upper, q.Upper, "median upper");
    }

    [Fact]
    public void PooledMedianMatchesSpss()
    {
        var q = Fit(null).Median;
        Close(333, q.Estimate, "median");
        Close(27.277143171126, q.StdErr, "median SE");
    }

    [Theory]
    [InlineData(1, 335.06565959338, 27.564884197458)]
    [InlineData(2, 289.53733375361, 25.509306273637)]
    [InlineData(null, 310.83810966402, 18.86391387701)]
    public void MeanRestrictedToTheGroupsOwnLargestTimeMatchesSpss(int? sex, double mean, double se)
    {
        var m = RestrictedMean.ComputeSpss(Fit(sex));
        Close(mean, m.Estimate, "mean");
        Close(se, m.StdErr, "mean SE");
        if (sex == 1)
        {
            // the note prints the interval to 7 decimals: 335.0656596 -/+ 1.96 * 27.5648842
            Assert.Equal(281.0384866, m.Lower, 7);
            Assert.Equal(389.0928326, m.Upper, 7);
        }
    }

    [Fact]
    public void LogRankMatchesSpss()
    {
        var time = ReferenceFixture.Column("survival_spss", "time");
        var status = ReferenceFixture.Column("survival_spss", "status").Select(s => s != 0).ToArray();
        var sex = ReferenceFixture.Column("survival_spss", "sex").Select(s => (int)s).ToArray();
        var test = LogRank.Test(time, status, sex);
        Close(1.6424068833783, test.ChiSquare, "chi-square");
        Assert.Equal(1, test.DegreesOfFreedom);
        Close(0.19999555379145, test.PValue, "p");
    }

    [Fact]
    public void MedianNotReachedHasNoStandardError()
    {
        var fit = KaplanMeier.Fit([1.0, 2, 3, 4], [true, false, false, false],
            new KaplanMeierOptions { MedianMethod = MedianMethod.SpssWald });
        Assert.Null(fit.Median.Estimate);
        Assert.Null(fit.Median.StdErr);
        Assert.Null(fit.Median.Lower);
    }
}
