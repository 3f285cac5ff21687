using System.Text.RegularExpressions;

namespace HccReport.Cli.Tests.BadInput;

/// <summary>
/// The bad-input corpus: every folder under BadInput/ is one case (spec.yaml, its data, expected.yaml). Adding a
/// case is adding a folder and a README line. Cases marked <c>pending</c> wait for analyses not wired yet; each has
/// a skipped test below, which the lead switches on by deleting the Skip and the <c>pending</c> line.
/// </summary>
public sealed class BadInputCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in BadInputRunner.CaseNames().Where(n => BadInputRunner.ExpectationOf(n).Pending is null))
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_the_expected_exit_code_diagnostic_and_no_partial_output(string name) =>
        BadInputRunner.CheckCorpusCase(name);

    [Fact]
    public void Constant_covariate_is_an_error_naming_it() => BadInputRunner.CheckCorpusCase("model-constant-covariate");

    [Fact]
    public void Collinear_covariates_are_an_error_naming_both() => BadInputRunner.CheckCorpusCase("model-collinear-covariates");

    [Fact]
    public void Perfect_separation_is_a_warning_and_the_report_is_made() => BadInputRunner.CheckCorpusCase("model-perfect-separation");

    [Fact]
    public void Log_rank_without_variance_is_reported_as_not_computable() => BadInputRunner.CheckCorpusCase("analysis-logrank-without-variance");

    [Fact]
    public void The_corpus_has_at_least_sixty_cases()
    {
        Assert.True(BadInputRunner.CaseNames().Count() >= 60, $"only {BadInputRunner.CaseNames().Count()} cases");
    }

    [Fact]
    public void Every_pending_case_has_a_skipped_test()
    {
        var source = typeof(BadInputCorpusTests).GetMethods()
            .Where(m => m.GetCustomAttributes(typeof(FactAttribute), false).OfType<FactAttribute>().Any(f => f.Skip is not null))
            .Select(m => m.Name).ToArray();
        var pending = BadInputRunner.CaseNames().Where(n => BadInputRunner.ExpectationOf(n).Pending is not null).ToArray();
        Assert.Equal(pending.Length, source.Length);
    }

    [Fact]
    public void Every_case_has_a_spec_and_an_expectation_that_names_a_fix()
    {
        foreach (var name in BadInputRunner.CaseNames())
        {
            var folder = Path.Combine(BadInputRunner.CorpusRoot, name);
            Assert.True(File.Exists(Path.Combine(folder, "spec.yaml")), $"{name} has no spec.yaml");
            var expected = BadInputRunner.ExpectationOf(name);
            if (expected.Exit == 2)
                Assert.NotEmpty(expected.Diagnostics);
            Assert.All(expected.Diagnostics, d => Assert.Matches(@"^(spec\.yaml\(\d+,\d+\)|data\.\w+(\(.+\))?)$", d.At));
            Assert.All(expected.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Fix), $"{name}: {d.Code} names no fix"));
        }
    }

    [Fact]
    public void The_readme_lists_every_case()
    {
        var readme = File.ReadAllText(Path.Combine(BadInputRunner.CorpusRoot, "README.md"));
        var listed = Regex.Matches(readme, @"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        var missing = BadInputRunner.CaseNames().Concat(GeneratedBadInputTests.Names).Where(n => !listed.Contains(n)).ToArray();
        Assert.True(missing.Length == 0, "README.md does not list: " + string.Join(", ", missing));
    }
}
