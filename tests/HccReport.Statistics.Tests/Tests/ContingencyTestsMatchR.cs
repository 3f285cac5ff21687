using HccReport.Statistics.Tests;
using HccReport.Statistics.Tests.Reference;
using static HccReport.Statistics.Tests.Tests.TableFixtures;

namespace HccReport.Statistics.Tests.Tests;

/// <summary>
/// Pearson (with and without Yates) and Fisher against chisq.test and fisher.test
/// (tests/reference/tables.R, expected/tables_contingency.json).
/// </summary>
public class ContingencyTestsMatchR
{
    private const string Fixture = "tables_contingency";

    public static TheoryData<string> Cases => Names(Fixture);

    [Theory]
    [MemberData(nameof(Cases))]
    public void PearsonMatchesR(string name)
    {
        var r = Case(Fixture, name);
        var result = ChiSquareTest.Pearson(Table(r["table"]!));
        AssertR.Close(JsonValues.Required(r["pearson_statistic"], "X2"), result.Statistic, $"{name} X-squared");
        Assert.Equal((int)JsonValues.Required(r["pearson_df"], "df"), result.DegreesOfFreedom);
        AssertRLists.Relative(JsonValues.Required(r["pearson_p"], "p"), result.P, $"{name} p");
        var expected = JsonValues.Matrix(r["expected"]);
        for (var i = 0; i < expected.Length; i++)
            AssertRLists.Close(expected[i], result.Expected[i].Select(v => (double?)v).ToArray(), $"{name} expected row {i}");
        AssertR.Close(expected.SelectMany(row => row).Min(), result.MinimumExpected, $"{name} minimum expected");
        Assert.Equal(expected.SelectMany(row => row).Count(e => e < 5), result.CellsExpectedBelowFive);
        Assert.Equal(0.0, result.ContinuityCorrection);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void YatesMatchesR(string name)
    {
        var r = Case(Fixture, name);
        var table = Table(r["table"]!);
        var result = ChiSquareTest.Pearson(table, yates: true);
        if (r["yates_statistic"] is null)
        {
            // R applies Yates to 2 x 2 tables only.
            AssertR.Close(JsonValues.Required(r["pearson_statistic"], "X2"), result.Statistic, $"{name} X-squared");
            return;
        }
        AssertR.Close(JsonValues.Required(r["yates_statistic"], "X2"), result.Statistic, $"{name} Yates X-squared");
        AssertRLists.Relative(JsonValues.Required(r["yates_p"], "p"), result.P, $"{name} Yates p");
        Assert.Equal(r["yates_method"]!.GetValue<string>(), result.Method);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FisherMatchesR(string name)
    {
        var r = Case(Fixture, name);
        var table = Table(r["table"]!);
        if (r["fisher_p"] is null) return; // R x C with both dimensions above 2: not in scope
        var result = FisherExactTest.TwoSided(table);
        AssertRLists.Relative(JsonValues.Required(r["fisher_p"], "p"), result.P, $"{name} Fisher p");
        AssertR.Close(JsonValues.Number(r["fisher_estimate"]), result.OddsRatio, $"{name} conditional MLE odds ratio");
        AssertR.Close(JsonValues.Number(r["fisher_lower"]), result.Lower, $"{name} lower");
        AssertR.Close(JsonValues.Number(r["fisher_upper"]), result.Upper, $"{name} upper");
        if (r["fisher_lower90"] is not null)
        {
            var ninety = FisherExactTest.TwoSided(table, 0.90);
            AssertR.Close(JsonValues.Number(r["fisher_lower90"]), ninety.Lower, $"{name} 90% lower");
            AssertR.Close(JsonValues.Number(r["fisher_upper90"]), ninety.Upper, $"{name} 90% upper");
        }
    }

    [Fact]
    public void SparseTwoByTwoYatesIsZeroByTheHalfNRule()
    {
        // |ad - bc| = |60 - 94| = 34 <= N/2 = 36: the corrected statistic is 0 and p is 1 (SPSS prints .000, 1.000).
        var result = ChiSquareTest.Pearson(new[,] { { 20, 47 }, { 2, 3 } }, yates: true);
        Assert.True(result.Statistic < 1e-20);
        Assert.Equal(1.0, result.P, 12);
        Assert.Equal(1.53, result.MinimumExpected, 2);
    }

    [Fact]
    public void TablesBeyondRByTwoAreRejected()
    {
        Assert.Throws<ArgumentException>("table", () => FisherExactTest.TwoSided(new int[3, 3] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }));
        Assert.Throws<ArgumentException>("table", () => ChiSquareTest.Pearson(new[,] { { 1, 0 }, { 2, 0 } }));
        Assert.Throws<ArgumentException>("table", () => ChiSquareTest.Pearson(new[,] { { 1, -1 }, { 2, 3 } }));
    }
}
