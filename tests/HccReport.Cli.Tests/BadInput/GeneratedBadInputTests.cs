using System.Text;

namespace HccReport.Cli.Tests.BadInput;

/// <summary>
/// Bad inputs that cannot sit in the corpus as files: too large (a 100 MB line, a spec nested 100,000 deep), binary
/// (xlsx workbooks, written here), or not files at all (a missing spec, a folder, a dangling link). Each is checked
/// by the same runner as the corpus and listed in README.md under its name.
/// </summary>
public sealed class GeneratedBadInputTests
{
    /// <summary>The names README.md lists for these cases.</summary>
    internal static readonly string[] Names =
    [
        "generated-spec-not-found", "generated-spec-is-a-folder", "generated-spec-is-the-data-file", "generated-spec-of-5-mb",
        "generated-yaml-nested-100000-deep", "generated-expression-chain-of-20000-terms", "generated-expression-nested-5000-deep",
        "generated-data-dangling-link", "generated-line-of-100-mb", "generated-xlsx-unknown-sheet", "generated-xlsx-bad-cell",
        "generated-xlsx-duplicate-id", "generated-xlsx-ok",
    ];

    private const string Spec = """
        title: Generated case
        data:
          path: data.csv
          id: id
        endpoints:
          os: {label: Overall survival, time: time, event: dead}
        analyses:
          - id: km_os
            kind: km
            endpoint: os
            by: arm
        """;

    private const string Csv = """
        id,time,dead,arm,age,afp
        P01,5.2,1,A,45,12
        P02,8.1,0,A,52,450
        P03,12.4,1,B,61,8
        P04,3.0,1,B,38,1200
        P05,9.7,0,A,70,33
        P06,15.1,1,B,66,95

        """;

    private static BadInputExpectation Error(string code, string at, string fix) => new()
    {
        Tests = "generated",
        Diagnostics = [new ExpectedDiagnostic(code, "error", at, fix)],
    };

    [Fact]
    public void Spec_not_found()
    {
        using var work = new TempFolder();
        BadInputRunner.Check(Path.Combine(work.Path, "nope.yaml"), Error("Spec.FileNotFound", "nope.yaml(1,1)", "check the path"), work.Path);
    }

    [Fact]
    public void Spec_is_a_folder()
    {
        using var work = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(work.Path, "study.yaml")).FullName;
        BadInputRunner.Check(folder, Error("Spec.FileNotFound", "study.yaml(1,1)", "give the path of the .yaml file inside it"), work.Path);
    }

    [Fact]
    public void Spec_is_the_data_file()
    {
        using var work = new TempFolder();
        var data = work.Write("data.csv", Csv);
        BadInputRunner.Check(data, Error("Spec.WrongType", "data.csv(1,1)", "'the spec' must be a mapping of keys"), work.Path);
    }

    [Fact]
    public void Spec_of_5_mb_is_refused_before_parsing()
    {
        using var work = new TempFolder();
        var spec = work.Write("spec.yaml", Spec + "\n" + string.Concat(Enumerable.Repeat("# " + new string('x', 1021) + "\n", 5 * 1024)));
        BadInputRunner.Check(spec, Error("Spec.WrongType", "spec.yaml(1,1)", "check that the path names the spec, not the data"), work.Path);
    }

    [Fact]
    public void Yaml_nested_100000_deep_is_an_error_not_a_stack_overflow()
    {
        using var work = new TempFolder();
        work.Write("data.csv", Csv);
        var spec = work.Write("spec.yaml", "title: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        // The root mapping is level 1, so the 64th '[' (column 7 + 64) is level 65, one too deep.
        BadInputRunner.Check(spec, Error("Spec.YamlSyntax", "spec.yaml(1,71)", "nested more than 64 levels deep"), work.Path);
    }

    [Fact]
    public void Expression_chain_of_20000_terms_is_an_error_not_a_stack_overflow()
    {
        using var work = new TempFolder();
        work.Write("data.csv", Csv);
        var spec = work.Write("spec.yaml", Spec + "\nderive:\n  x: age" + string.Concat(Enumerable.Repeat(" + 1", 20_000)) + "\n");
        BadInputRunner.Check(spec, Error("Expr.Syntax", "spec.yaml(13,6)", "split it into derived variables"), work.Path);
    }

    [Fact]
    public void Expression_nested_5000_deep_is_an_error_not_a_stack_overflow()
    {
        using var work = new TempFolder();
        work.Write("data.csv", Csv);
        var spec = work.Write("spec.yaml", Spec + "\nderive:\n  x: \"" + new string('(', 5000) + "age" + new string(')', 5000) + " > 1\"\n");
        BadInputRunner.Check(spec, Error("Expr.Syntax", "spec.yaml(13,7)", "nested more than 100 levels deep"), work.Path);
    }

    [Fact]
    public void Data_is_a_dangling_link()
    {
        using var work = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(work.Path, "data.csv"), Path.Combine(work.Path, "moved", "data.csv"));
        var spec = work.Write("spec.yaml", Spec);
        BadInputRunner.Check(spec, Error("Data.FileNotFound", "spec.yaml(3,3)", "does not exist or cannot be read"), work.Path);
    }

    [Fact]
    public void Line_of_100_mb_is_refused_without_echoing_it()
    {
        using var work = new TempFolder();
        var spec = work.Write("spec.yaml", Spec);
        using (var file = File.Create(Path.Combine(work.Path, "data.csv")))
        {
            var lines = Csv.Split('\n');
            file.Write(Encoding.UTF8.GetBytes(string.Join('\n', lines[..3]) + "\n"));
            file.Write(Encoding.UTF8.GetBytes("P03,12.4,1,B,61,"));
            var digits = Encoding.ASCII.GetBytes(new string('9', 1 << 20));
            for (var i = 0; i < 100; i++)
                file.Write(digits);
            file.Write(Encoding.UTF8.GetBytes("\n" + string.Join('\n', lines[4..])));
        }
        BadInputRunner.Check(spec, Error("Data.Unreadable", "data.csv(row 4, column afp)", "a quote that is never closed"), work.Path);
        var result = CliRun.Run("validate", spec);
        Assert.True(result.Stderr.Length < 2000, $"stderr holds {result.Stderr.Length} characters");
    }

    [Fact]
    public void Xlsx_with_an_unknown_sheet()
    {
        using var work = new TempFolder();
        TinyWorkbook.Write(Path.Combine(work.Path, "data.xlsx"), "Patients", Rows());
        var spec = work.Write("spec.yaml", Spec.Replace("path: data.csv", "path: data.xlsx\n  sheet: Patient", StringComparison.Ordinal));
        BadInputRunner.Check(spec, Error("Data.UnknownSheet", "spec.yaml(4,10)", "did you mean 'Patients'?"), work.Path);
    }

    [Fact]
    public void Xlsx_with_a_text_in_a_number_column_names_row_id_and_column()
    {
        using var work = new TempFolder();
        var rows = Rows();
        rows[2][5] = "NaN";
        TinyWorkbook.Write(Path.Combine(work.Path, "data.xlsx"), "Patients", rows);
        var spec = work.Write("spec.yaml", Spec.Replace("path: data.csv", "path: data.xlsx", StringComparison.Ordinal));
        BadInputRunner.Check(spec, Error("Data.BadCell", "data.xlsx(row 3, id P02, column afp)", "NaN and Inf are not values"), work.Path);
    }

    [Fact]
    public void Xlsx_with_a_duplicate_id_names_both_rows()
    {
        using var work = new TempFolder();
        var rows = Rows();
        rows[4][0] = "P02";
        TinyWorkbook.Write(Path.Combine(work.Path, "data.xlsx"), "Patients", rows);
        var spec = work.Write("spec.yaml", Spec.Replace("path: data.csv", "path: data.xlsx", StringComparison.Ordinal));
        BadInputRunner.Check(spec, Error("Data.DuplicateId", "data.xlsx(row 5, id P02, column id)", "(first in row 3)"), work.Path);
    }

    [Fact]
    public void Xlsx_positive_control()
    {
        using var work = new TempFolder();
        TinyWorkbook.Write(Path.Combine(work.Path, "data.xlsx"), "Patients", Rows());
        var spec = work.Write("spec.yaml", Spec.Replace("path: data.csv", "path: data.xlsx", StringComparison.Ordinal));
        BadInputRunner.Check(spec, new BadInputExpectation
        {
            Tests = "generated",
            Exit = 0,
            Results = new Dictionary<string, string> { ["flow.screened"] = "6", ["analyses.km_os.groups[1].events"] = "3" },
        }, work.Path);
    }

    /// <summary>The generated CSV as cells: numbers stay numbers in the workbook.</summary>
    private static object[][] Rows() =>
        Csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select((line, r) => line.Split(',').Select(cell => r > 0 && double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out var x) ? (object)x : cell).ToArray())
            .ToArray();
}
