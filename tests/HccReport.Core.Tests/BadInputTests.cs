using System.Text;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Expressions;
using HccReport.Core.Spec;

namespace HccReport.Core.Tests;

/// <summary>
/// The Core fixes behind the bad-input corpus (tests/HccReport.Cli.Tests/BadInput): the place and the fix of each
/// message, inputs that used to crash the process (deep nesting), and inputs that used to pass silently
/// (a second YAML document, a Latin-1 spec).
/// </summary>
public class BadInputTests
{
    private static DiagnosticBag Problems(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        SpecLoader.TryParse(yaml, "spec.yaml", diagnostics);
        return diagnostics;
    }

    /// <summary>YAML text, expected line and column, and a phrase of the fix.</summary>
    public static TheoryData<string, int, int, string> YamlErrors => new()
    {
        { "title: x\ndata:\n\tpath: d.csv\n", 3, 1, "replace the tab with spaces" },
        { "title: x\ndata:\n  path: d.csv\n  id: *ident\n", 4, 7, "write the value itself" },
        { "title: x\ndata:\n  path:d.csv\n  id: id\n", 3, 7, "write 'path: d.csv'" },
        { "title: \"open\ndata:\n  path: d.csv\n", 1, 8, "add the closing quote" },
        { "title: x\nanalyses:\n  - id: a\n    at: [3, 6\n", 4, 9, "close it with ']'" },
        { "title: Results: primary\ndata:\n  path: d.csv\n", 1, 15, "put the text in quotes" },
        { "title: 'Patient's data'\ndata:\n  path: d.csv\n", 1, 16, "write an apostrophe as two" },
        { "title: x\ndata:\n  path: \"C:\\data\\c.csv\"\n", 3, 9, "write the backslash twice" },
        { "data:\n  path: d.csv\n   id: x\n", 3, 6, "align this line" },
    };

    [Theory]
    [MemberData(nameof(YamlErrors))]
    public void Yaml_errors_point_at_the_real_place_and_name_the_fix(string yaml, int line, int column, string fix)
    {
        var diagnostic = Fixture.Single(Problems(yaml), DiagnosticCodes.Spec.YamlSyntax);
        Assert.Equal(new SpecLocation("spec.yaml", line, column), diagnostic.Location);
        Assert.Contains(fix, diagnostic.Message + " " + diagnostic.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_yaml_document_is_an_error_at_its_separator()
    {
        var diagnostic = Fixture.Single(Problems("title: a\ndata: {path: d.csv}\n---\ntitle: b\n"), DiagnosticCodes.Spec.YamlSyntax);
        Assert.Equal(new SpecLocation("spec.yaml", 3, 1), diagnostic.Location);
        Assert.Contains("2 YAML documents", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_nested_100000_deep_is_a_diagnostic_not_a_stack_overflow()
    {
        var diagnostic = Fixture.Single(Problems("title: " + new string('[', 100_000) + "\n"), DiagnosticCodes.Spec.YamlSyntax);
        Assert.Contains("more than 64 levels", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin1_spec_is_an_error_naming_line_column_and_byte()
    {
        using var folder = new SpecFolder();
        var path = Path.Combine(folder.Path, "spec.yaml");
        File.WriteAllBytes(path, [.. "title: Besan"u8, 0xE7, .. "on\ndata: {path: d.csv}\n"u8]);
        var diagnostics = new DiagnosticBag();
        Assert.Null(SpecLoader.TryLoad(path, diagnostics));
        var diagnostic = Fixture.Single(diagnostics, DiagnosticCodes.Spec.InvalidEncoding);
        Assert.Equal(new SpecLocation(path, 1, 13), diagnostic.Location);
        Assert.Contains("0xE7", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_spec_with_a_byte_order_mark_is_read()
    {
        using var folder = new SpecFolder();
        var path = Path.Combine(folder.Path, "spec.yaml");
        File.WriteAllText(path, "title: Besançon\ndata: {path: d.csv}\n", Encoding.Unicode);
        Assert.Equal("Besançon", SpecLoader.Load(path).Title);
    }

    [Fact]
    public void A_folder_given_as_the_spec_says_so()
    {
        using var folder = new SpecFolder();
        var diagnostics = new DiagnosticBag();
        SpecLoader.TryLoad(folder.Path, diagnostics);
        Assert.Contains("is a folder", Fixture.Single(diagnostics, DiagnosticCodes.Spec.FileNotFound).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_of_another_analysis_kind_says_which_kinds_have_it()
    {
        var diagnostic = Fixture.Single(Problems("data: {path: d.csv}\nendpoints:\n  os: {time: t, event: e}\nanalyses:\n  - id: a\n    kind: km\n    endpoint: os\n    covariates: [x]\n"),
            DiagnosticCodes.Spec.UnknownKey);
        Assert.Equal("The key 'covariates' belongs to cox, logistic analyses, not to a km analysis.", diagnostic.Message);
    }

    [Fact]
    public void Keys_of_the_root_are_named_alone()
    {
        var diagnostic = Fixture.Single(Problems("data:\n  id: x\n"), DiagnosticCodes.Spec.MissingKey);
        Assert.Equal("data needs the key 'path'.", diagnostic.Message);
    }

    [Fact]
    public void Every_part_of_the_spec_is_checked_even_without_data()
    {
        var diagnostics = Problems("title: [a, b]\ncohort:\n  exlude: []\n");
        Assert.Equal([DiagnosticCodes.Spec.MissingKey, DiagnosticCodes.Spec.UnknownKey, DiagnosticCodes.Spec.WrongType],
            diagnostics.Items.Select(d => d.Code).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void An_expect_path_naming_no_analysis_is_found_without_computing()
    {
        var diagnostic = Fixture.Single(Problems("data: {path: d.csv}\nendpoints:\n  os: {time: t, event: e}\nanalyses:\n  - id: km_os\n    kind: km\n    endpoint: os\n"
            + "expect:\n  - path: analyses.km_oss.groups[0].median\n    printed: '1'\n"), DiagnosticCodes.Expect.UnknownPath);
        Assert.Equal(new SpecLocation("spec.yaml", 9, 11), diagnostic.Location);
        Assert.Equal("did you mean 'km_os'?", diagnostic.Suggestion);
    }

    [Fact]
    public void A_utf16_csv_is_named_as_such()
    {
        var (_, diagnostics) = Fixture.TryRead(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id,a\n1,2\n")).ToArray());
        Assert.Contains("UTF-16", Fixture.Single(diagnostics, DiagnosticCodes.Data.InvalidEncoding).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_of_two_megabytes_is_refused_with_its_row_and_column()
    {
        var (data, diagnostics) = Fixture.TryRead("id,a\n1,2\n2," + new string('x', 2 << 20) + "\n");
        Assert.Null(data);
        var diagnostic = Fixture.Single(diagnostics, DiagnosticCodes.Data.Unreadable);
        Assert.Equal(new DataLocation("data.csv", 3, Column: "a"), diagnostic.Location);
        Assert.True(diagnostic.Format().Length < 400);
    }

    [Fact]
    public void Echoed_values_are_cut_and_their_control_characters_shown()
    {
        Assert.Equal("a\\nb\\tc\\u0001", DiagnosticCatalog.Shorten("a\nb\tc\u0001"));
        Assert.Equal(new string('x', 60) + "... (5000 characters)", DiagnosticCatalog.Shorten(new string('x', 5000)));
        var (_, diagnostics) = Fixture.TryRead("id,a\n1,2\n2,\"" + new string('9', 400) + "\"\n", Fixture.DataSpec(types: [new ColumnTypeSpec(new SpecName("a", Fixture.SpecAt), ColumnType.Number)]));
        var diagnostic = Fixture.Single(diagnostics, DiagnosticCodes.Data.BadCell);
        Assert.Contains("(400 characters)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("the number is too large to be a measurement; check the cell.", diagnostic.Suggestion);
    }

    [Theory]
    [InlineData("age + 1 + 1 + 1", false)]
    [InlineData("CHAIN", true)]
    [InlineData("NEST", true)]
    public void Deep_expressions_are_refused_before_they_can_overflow_the_stack(string text, bool refused)
    {
        text = text switch
        {
            "CHAIN" => "age" + string.Concat(Enumerable.Repeat(" + 1", 20_000)),
            "NEST" => new string('(', 5000) + "age" + new string(')', 5000),
            _ => text,
        };
        var data = Fixture.Read("id,age\n1,40\n2,50\n");
        var diagnostics = new DiagnosticBag();
        var compiled = ExpressionCompiler.TryCompile(Fixture.Expr(text), data, diagnostics);
        Assert.Equal(refused, compiled is null);
        if (refused)
        {
            var diagnostic = Fixture.Single(diagnostics, DiagnosticCodes.Expr.Syntax);
            Assert.Contains("nested more than 100 levels deep", diagnostic.Message, StringComparison.Ordinal);
            Assert.True(diagnostic.Message.Length < 300);
        }
    }

    [Fact]
    public void A_stray_text_in_a_number_column_is_named_where_the_column_is_used_as_a_number()
    {
        var data = Fixture.Read("id,age\nP1,40\nP2,unknown\nP3,61\n");
        var diagnostics = new DiagnosticBag();
        ExpressionCompiler.TryCompile(Fixture.Expr("age > 50"), data, diagnostics);
        Assert.Equal("'age' was read as categorical because 'unknown' (row 3, id P2) is not a number; correct it, add it to data.missing, "
            + "or set data.types.age: number to list every such cell.", Fixture.Single(diagnostics, DiagnosticCodes.Expr.TypeMismatch).Suggestion);
    }

    [Theory]
    [InlineData("01/31/2020", "set data.date_format: MM/dd/yyyy.")]
    [InlineData("31.01.2020", "set data.date_format: dd.MM.yyyy.")]
    [InlineData("01/06/2020", "(dd/MM/yyyy or MM/dd/yyyy; the values alone do not tell which).")]
    public void Dates_in_another_pattern_name_the_pattern(string date, string fix)
    {
        var data = Fixture.Read($"id,start\n1,{date}\n2,{date}\n");
        var diagnostics = new DiagnosticBag();
        ExpressionCompiler.TryCompile(Fixture.Expr("days_between(start, '2021-01-01')"), data, diagnostics);
        Assert.EndsWith(fix, Fixture.Single(diagnostics, DiagnosticCodes.Expr.TypeMismatch).Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_condition_names_its_key()
    {
        var diagnostics = new DiagnosticBag();
        ExpressionCompiler.TryCompile(new SpecExpression("  ", Fixture.SpecAt, "cohort.include[0].when"), Fixture.Read("id,a\n1,2\n"), diagnostics);
        Assert.Equal("'cohort.include[0].when' is empty.", Fixture.Single(diagnostics, DiagnosticCodes.Expr.Syntax).Message);
    }

    private const string StudyCsv = "id,time,dead,arm,age\nP1,5,1,A,40\nP2,8,2,B,50\nP3,,0,A,60\nP4,6,1,B,70\n";

    private static DiagnosticBag LoadStudy(string study, string csv = StudyCsv)
    {
        using var folder = new SpecFolder();
        folder.Write("data.csv", csv);
        var diagnostics = new DiagnosticBag();
        Study.TryLoad(folder.Write("spec.yaml", "data:\n  path: data.csv\n  id: id\n" + study), diagnostics);
        return diagnostics;
    }

    [Fact]
    public void Data_messages_name_the_data_file_as_the_spec_is_named_from_where_the_command_runs()
    {
        using var folder = new SpecFolder();
        folder.Write("study/data/cohort.csv", "id,a\n1,x\n1,y\n");
        var spec = folder.Write("study/spec.yaml", "data:\n  path: data/cohort.csv\n  id: id\n");
        var diagnostics = new DiagnosticBag();
        Study.TryLoad(spec, diagnostics);
        var at = (DataLocation)Fixture.Single(diagnostics, DiagnosticCodes.Data.DuplicateId).Location!;
        Assert.Equal(Path.Combine(folder.Path, "study", "data", "cohort.csv"), at.File);
        Assert.Equal("data/cohort.csv", SpecLoader.Load(spec).Data.PathAsWritten);
    }

    [Fact]
    public void A_where_that_keeps_no_row_is_found_by_validate()
    {
        var diagnostics = LoadStudy("endpoints:\n  os: {time: time, event: dead == 1}\nanalyses:\n  - id: km\n    kind: km\n    endpoint: os\n    where: age > 100\n");
        var diagnostic = Fixture.Single(diagnostics, DiagnosticCodes.Analysis.NoRows);
        Assert.Equal((10, 12), (((SpecLocation)diagnostic.Location!).Line, ((SpecLocation)diagnostic.Location!).Column));
        Assert.Contains("keeps none of the 4 included rows", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_event_is_one_error_not_also_a_missing_event_warning()
    {
        var diagnostics = LoadStudy("endpoints:\n  os: {time: time, event: dead}\nanalyses:\n  - id: km\n    kind: km\n    endpoint: os\n");
        Assert.Equal([DiagnosticCodes.Endpoint.BadEvent], diagnostics.Items.Where(d => d.Code.StartsWith("Endpoint.", StringComparison.Ordinal)).Select(d => d.Code));
    }

    [Fact]
    public void Every_row_excluded_says_which_rule_took_them()
    {
        var diagnostics = LoadStudy("cohort:\n  include:\n    - criterion: Old\n      when: age > 90\n");
        Assert.Contains("'not meeting: Old' 4", Fixture.Single(diagnostics, DiagnosticCodes.Cohort.Empty).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_level_error_points_at_the_level()
    {
        var diagnostics = LoadStudy("variables:\n  arm:\n    reference: C\n");
        var at = (SpecLocation)Fixture.Single(diagnostics, DiagnosticCodes.Spec.UnknownLevel).Location!;
        Assert.Equal((6, 16), (at.Line, at.Column));
    }
}
