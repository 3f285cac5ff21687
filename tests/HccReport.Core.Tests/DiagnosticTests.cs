using HccReport.Core.Diagnostics;

namespace HccReport.Core.Tests;

public class DiagnosticTests
{
    [Fact]
    public void Spec_location_formats_compiler_style_with_suggestion()
    {
        var diagnostic = new Diagnostic(DiagnosticCodes.Spec.UnknownKey, DiagnosticSeverity.Error, "Unknown key 'exlude' in cohort.",
            new SpecLocation("study.yaml", 12, 5), "did you mean 'exclude'?");
        Assert.Equal("study.yaml(12,5): error Spec.UnknownKey: Unknown key 'exlude' in cohort. did you mean 'exclude'?", diagnostic.Format());
    }

    [Fact]
    public void Data_location_names_row_id_and_column()
    {
        var at = new DataLocation("cohort.csv", Row: 14, RowId: "P013", Column: "afp");
        Assert.Equal("cohort.csv(row 14, id P013, column afp)", at.Format());
        var warning = new Diagnostic("Endpoint.MissingTime", DiagnosticSeverity.Warning, "m", at);
        Assert.StartsWith("cohort.csv(row 14, id P013, column afp): warning Endpoint.MissingTime: m", warning.Format());
    }

    [Fact]
    public void Spec_exception_carries_every_diagnostic()
    {
        var bag = new DiagnosticBag();
        bag.Add(new Diagnostic("A.B", DiagnosticSeverity.Warning, "w", null));
        bag.ThrowIfErrors();
        bag.Add(new Diagnostic("C.D", DiagnosticSeverity.Error, "e1", new SpecLocation("s.yaml", 1, 2)));
        bag.Add(new Diagnostic("E.F", DiagnosticSeverity.Error, "e2", new SpecLocation("s.yaml", 3, 4)));
        var exception = Assert.Throws<SpecException>(bag.ThrowIfErrors);
        Assert.Equal(["A.B", "C.D", "E.F"], exception.Diagnostics.Select(d => d.Code));
        Assert.Contains("s.yaml(3,4): error E.F: e2", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exlude", "exclude")]
    [InlineData("Exclude", "exclude")]
    [InlineData("covariate", "covariates")]
    [InlineData("endpont", "endpoint")]
    [InlineData("zzz", null)]
    public void Suggests_the_nearest_name(string typed, string? expected)
    {
        Assert.Equal(expected, NameSuggester.Closest(typed, ["include", "exclude", "covariates", "endpoint", "groups"]));
    }
}
