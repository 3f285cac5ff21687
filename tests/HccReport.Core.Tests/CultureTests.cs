using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Expressions;
using HccReport.Core.Spec;

namespace HccReport.Core.Tests;

/// <summary>
/// The same inputs give the same results under a decimal-comma culture (de-DE) and under Turkish casing rules
/// (tr-TR, where "i".ToUpper() is "İ" and "I".ToLower() is "ı").
/// </summary>
public class CultureTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Numbers_in_spec_data_and_expressions_are_invariant(string culture)
    {
        using var _ = new CultureScope(culture);
        var spec = SpecLoader.Parse("data: {path: d.csv}\nconfidence_level: 0.9\nanalyses:\n  - {id: b, kind: baseline, rows: [x]}\n", "s.yaml");
        Assert.Equal(0.9, spec.ConfidenceLevel);
        var data = Fixture.Read("id,x\n1,1.5\n2,2e-3\n3,1000\n");
        Assert.Equal([1.5, 0.002, 1000], ((NumericColumn)data["x"]).Values.ToArray());
        var flags = ExpressionCompiler.Compile(Fixture.Expr("x > 1.25 and x < 1e3"), data).EvaluateCondition(data);
        Assert.Equal([true, false, false], flags);
        Assert.Equal("1.5", data["x"].FormatValue(0));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Messages_are_invariant(string culture)
    {
        using var _ = new CultureScope(culture);
        var diagnostics = new DiagnosticBag();
        SpecLoader.TryParse("data: {path: d.csv}\nconfidence_level: 1.5\n", "s.yaml", diagnostics);
        Assert.Equal("s.yaml(2,19): error Spec.InvalidValue: 'confidence_level' cannot be '1.5': it must lie strictly between 0 and 1, e.g. 0.95.",
            diagnostics.Items.Single().Format());
    }

    [Fact]
    public void Turkish_casing_does_not_break_names_or_inf_detection()
    {
        using var _ = new CultureScope("tr-TR");
        var spec = Fixture.DataSpec(id: "ID") with { };
        var (data, diagnostics) = Fixture.TryRead("ID,INFO,x\nI1,i,1\nI2,I,INF\n", spec);
        Assert.Null(data);
        var bad = Fixture.Single(diagnostics, DiagnosticCodes.Data.BadCell);
        Assert.Equal(new DataLocation("data.csv", 3, "I2", "x"), bad.Location);

        var ok = Fixture.Read("ID,INFO,flag\nI1,i,TRUE\nI2,I,FALSE\n", spec);
        Assert.Equal(ColumnKind.Boolean, ok["flag"].Kind);
        Assert.Equal(["I", "i"], ((CategoricalColumn)ok["INFO"]).Levels);
        var inList = ExpressionCompiler.Compile(Fixture.Expr("INFO IN ('i') and ID != 'I2'"), ok).EvaluateCondition(ok);
        Assert.Equal([true, false], inList);
        Assert.Equal("did you mean 'INFO'?", NameSuggester.DidYouMean("info", ["ID", "INFO"]));
    }
}
