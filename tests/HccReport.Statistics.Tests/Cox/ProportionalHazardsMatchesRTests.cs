using HccReport.Statistics.Survival.Cox;
using HccReport.Statistics.Tests.Reference;
using static HccReport.Statistics.Tests.Cox.CoxReferenceCase;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>The <c>cox.zph(fit)</c> tables (transform "km", one row per formula term, GLOBAL) recorded by cox.R.</summary>
public sealed class ProportionalHazardsMatchesRTests
{
    public static IEnumerable<object[]> Fits() => All(
        "cox_aml", "cox_ovarian", "cox_gbsg", "cox_rotterdam", "cox_kidney", "cox_kidney_strata", "cox_ties", "cox_collinear");

    [Theory]
    [MemberData(nameof(Fits))]
    public void ZphTableMatchesR(string caseName, int fitIndex)
    {
        var reference = Load(caseName, fitIndex);
        var r = reference.Expected["zph"]!;
        var fit = reference.Fit();
        var test = ProportionalHazards.Test(fit, reference.Time, reference.Status, reference.Covariates, reference.Terms, reference.Strata);
        var what = $"{caseName}[{fitIndex}] zph";

        Assert.Equal("km", test.Transform);
        var rows = r["terms"]!.AsArray();
        Assert.Equal(rows.Count, test.Terms.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = test.Terms[i];
            Assert.Equal(rows[i]!["name"]!.GetValue<string>(), row.Term);
            AssertR.Close(rows[i]!["chisq"]!.GetValue<double>(), row.ChiSquare, $"{what} {row.Term} chisq");
            Assert.Equal(rows[i]!["df"]!.GetValue<double>(), row.Df);
            AssertR.Close(rows[i]!["p"]!.GetValue<double>(), row.P, $"{what} {row.Term} p");
        }
        Assert.NotNull(test.Global);
        AssertR.Close(r["global"]!["chisq"]!.GetValue<double>(), test.Global.ChiSquare, what + " GLOBAL chisq");
        Assert.Equal(r["global"]!["df"]!.GetValue<double>(), test.Global.Df);
        AssertR.Close(r["global"]!["p"]!.GetValue<double>(), test.Global.P, what + " GLOBAL p");
    }
}
