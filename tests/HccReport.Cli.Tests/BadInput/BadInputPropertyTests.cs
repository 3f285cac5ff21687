using System.Text;
using FsCheck.Xunit;

namespace HccReport.Cli.Tests.BadInput;

/// <summary>
/// Whatever bytes go into a CSV or a spec, <c>validate</c> returns 0 or 2 (never 1, the code of a fault in
/// HccReport), never throws and never prints a stack trace; <c>render</c> of damaged data does the same and leaves
/// no partial report. Inputs are random bytes, token soups of what matters to each format, and small mutations of
/// a valid study (which reach the deep checks that random bytes never pass). A few hundred cases per property: the
/// machine is shared.
/// </summary>
public sealed class BadInputPropertyTests
{
    private const string BaseSpec = """
        title: Property base
        data:
          path: data.csv
          id: id
          date_format: dd.MM.yyyy
          labels:
            arm: {A: Lenvatinib, B: Sorafenib}
        variables:
          arm: {label: Arm, reference: Sorafenib}
        derive:
          older: age > 60
          afp_group: cut(afp, [100, 400], ["low", "mid", "high"])
          os_months: months_between(start, end)
        cohort:
          screened: All patients
          include:
            - criterion: Adults
              when: age >= 18
          exclude:
            - reason: AFP not recorded
              when: missing(afp)
          groups: arm
          steps:
            - label: Older
              when: older
            - label: AFP
              split: afp_group
        endpoints:
          os: {label: Overall survival, time: {from: start, to: end, unit: months}, event: dead == 1}
          pfs: {time: time, event: dead}
        analyses:
          - id: km_os
            kind: km
            endpoint: os
            by: arm
            at: [3, 6]
            where: age > 20
            follow_up: true
          - id: km_pfs
            kind: km
            endpoint: pfs
          - id: table1
            kind: baseline
            by: arm
            rows: [age, afp_group]
          - id: cox_os
            kind: cox
            endpoint: os
            covariates: [arm, age]
            reference: {arm: Lenvatinib}
        expect:
          - path: flow.screened
            printed: "8"
          - path: analyses.km_os.groups[0].n
            printed: "4"
        """;

    /// <summary>The km-only study that render can compute today.</summary>
    private const string RenderSpec = """
        title: Render base
        data:
          path: data.csv
          id: id
          date_format: dd.MM.yyyy
        endpoints:
          os: {label: Overall survival, time: time, event: dead}
        analyses:
          - id: km_os
            kind: km
            endpoint: os
            by: arm
            at: [3, 6]
            follow_up: true
            rmst: 6
        """;

    private const string BaseCsv = """
        id,time,dead,arm,age,afp,start,end
        P01,5.2,1,A,45,12,06.01.2020,12.06.2020
        P02,8.1,0,A,52,450,03.02.2020,05.10.2020
        P03,12.4,1,B,61,8,02.03.2020,15.03.2021
        P04,3.0,1,B,38,1200,06.04.2020,06.07.2020
        P05,9.7,0,A,70,33,04.05.2020,22.02.2021
        P06,15.1,1,B,66,95,01.06.2020,03.09.2021
        P07,6.3,1,A,58,610,06.07.2020,14.01.2021
        P08,11.0,0,B,49,,03.08.2020,02.07.2021

        """;

    private static readonly string[] CsvTokens =
        [",", ";", "\t", "\"", "\"\"", "\n", "\r\n", " ", "1", "0", "2", "-3", "2.5", "1e999", "NaN", "Inf", "NA", ".", "", "A", "B", "C",
         "P01", "P09", "01.01.2020", "2020-01-31", "31.02.2020", "true", "é", "\u00A0", "1,5", "#N/A", "\0", "\uFEFF"];

    private static readonly string[] SpecTokens =
        ["title", "data", "path", "data.csv", "id", "cohort", "include", "exclude", "groups", "analyses", "kind", "km", "cox", "baseline",
         "endpoint", "endpoints", "os", "time", "event", "dead", "from", "to", "unit", "months", "where", "by", "arm", "age", "derive",
         "expect", "printed", "path", "analyses.km_os.groups[0].n", ":", ": ", " ", "\n", "  ", "    ", "- ", "[", "]", "{", "}", ",", "\"", "'",
         "#", "&a", "*a", "!", "|", ">", "~", "null", "---", "0.95", "> 60", "== 1", "missing(", ")", "\t", "\0", "%"];

    [Property(MaxTest = 200)]
    public void Validate_never_faults_on_random_csv_bytes(byte[] bytes) =>
        Validate(BaseSpec, bytes ?? []);

    [Property(MaxTest = 300)]
    public void Validate_never_faults_on_csv_token_soup(int[] picks) =>
        Validate(BaseSpec, Encoding.UTF8.GetBytes(BaseCsv.Split('\n')[0] + "\n" + Soup(CsvTokens, picks, 200)));

    [Property(MaxTest = 300)]
    public void Validate_never_faults_on_a_mutated_valid_csv(int[] picks) =>
        Validate(BaseSpec, MutateBytes(Encoding.UTF8.GetBytes(BaseCsv), picks, CsvTokens));

    [Property(MaxTest = 200)]
    public void Validate_never_faults_on_random_spec_bytes(byte[] bytes) =>
        Validate(bytes ?? [], Encoding.UTF8.GetBytes(BaseCsv));

    [Property(MaxTest = 300)]
    public void Validate_never_faults_on_spec_token_soup(int[] picks) =>
        Validate(Encoding.UTF8.GetBytes("data:\n  path: data.csv\n  id: id\n" + Soup(SpecTokens, picks, 120)), Encoding.UTF8.GetBytes(BaseCsv));

    [Property(MaxTest = 300)]
    public void Validate_never_faults_on_a_mutated_valid_spec(int[] picks) =>
        Validate(Encoding.UTF8.GetBytes(MutateLines(BaseSpec, picks)), Encoding.UTF8.GetBytes(BaseCsv));

    [Property(MaxTest = 100)]
    public void Render_never_faults_and_leaves_nothing_on_a_mutated_valid_csv(int[] picks)
    {
        using var work = new TempFolder();
        var spec = work.Write("spec.yaml", RenderSpec);
        work.Write("data.csv", MutateBytes(Encoding.UTF8.GetBytes(BaseCsv), picks, CsvTokens));
        var report = Path.Combine(work.Path, "out", "report");
        var result = CliRun.Run("render", spec, "--out", report, "--format", "html");
        Assert.True(result.Exit is 0 or 2, $"render gave {result.Exit}:\n{result.Stderr}\ndata:\n{File.ReadAllText(Path.Combine(work.Path, "data.csv"))}");
        BadInputRunner.AssertNoStackTrace(result, "render");
        Assert.Equal(result.Exit == 0, Directory.Exists(report));
        Assert.True(!Directory.Exists(Path.Combine(work.Path, "out")) || Directory.GetFileSystemEntries(Path.Combine(work.Path, "out")).Length == (result.Exit == 0 ? 1 : 0));
    }

    /// <summary>Well-formed data with awkward values (one row, all censored, all tied, zero and huge times, a group of one).</summary>
    [Property(MaxTest = 100)]
    public void Render_never_faults_on_well_formed_random_cohorts(int[] picks)
    {
        picks = picks is { Length: > 0 } ? picks : [0];
        double[] times = [0, 0.5, 1, 1, 2, 3, 12, 1e-9, 1e6, 1e300];
        var csv = new StringBuilder("id,time,dead,arm,age,afp,start,end\n");
        var rows = 1 + Pick(picks, 0, 30);
        for (var i = 0; i < rows; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"P{i},{times[Pick(picks, 3 * i + 1, times.Length)].ToString("R", System.Globalization.CultureInfo.InvariantCulture)},{Pick(picks, 3 * i + 2, 2)},{"ABC"[Pick(picks, 3 * i + 3, 3)]},50,10,01.01.2020,01.02.2020\n");
        }
        using var work = new TempFolder();
        var spec = work.Write("spec.yaml", RenderSpec);
        work.Write("data.csv", csv.ToString());
        var result = CliRun.Run("render", spec, "--out", Path.Combine(work.Path, "report"), "--format", "html");
        Assert.True(result.Exit is 0 or 2, $"render gave {result.Exit}:\n{result.Stderr}\ndata:\n{csv}");
        BadInputRunner.AssertNoStackTrace(result, "render");
    }

    [Fact]
    public void The_base_study_is_valid_so_mutations_start_from_a_passing_input()
    {
        using var work = new TempFolder();
        work.Write("data.csv", BaseCsv);
        var result = CliRun.Run("validate", work.Write("spec.yaml", BaseSpec));
        Assert.True(result.Exit == 0, result.Stderr);
        var render = CliRun.Run("render", work.Write("render.yaml", RenderSpec), "--out", Path.Combine(work.Path, "out"), "--format", "html");
        Assert.True(render.Exit == 0, render.Stderr);
    }

    private static void Validate(string spec, byte[] csv) => Validate(Encoding.UTF8.GetBytes(spec), csv);

    private static void Validate(byte[] spec, byte[] csv)
    {
        using var work = new TempFolder();
        var specPath = work.Write("spec.yaml", spec);
        work.Write("data.csv", csv);
        var result = CliRun.Run("validate", specPath);
        Assert.True(result.Exit is 0 or 2,
            $"validate gave {result.Exit}:\n{result.Stderr}\nspec:\n{Encoding.UTF8.GetString(spec)}\ndata:\n{Encoding.UTF8.GetString(csv)}");
        BadInputRunner.AssertNoStackTrace(result, "validate");
        if (result.Exit == 2)
            Assert.Matches(@"(?m)^\S.*: error [A-Z][a-z]+\.[A-Za-z]+: ", result.Stderr);
    }

    private static int Pick(int[] picks, int i, int modulo) => (int)(Math.Abs((long)picks[i % picks.Length]) % modulo);

    private static string Soup(string[] tokens, int[]? picks, int max) =>
        string.Concat((picks ?? []).Take(max).Select(p => tokens[(int)(Math.Abs((long)p) % tokens.Length)]));

    /// <summary>Up to eight byte edits of a valid file: delete, replace by a random byte, insert a token, duplicate a line.</summary>
    private static byte[] MutateBytes(byte[] valid, int[]? picks, string[] tokens)
    {
        if (picks is null || picks.Length == 0)
            return valid;
        var bytes = valid.ToList();
        for (var k = 0; k + 2 < picks.Length && k < 24; k += 3)
        {
            var at = Pick(picks, k + 1, Math.Max(1, bytes.Count));
            switch (Pick(picks, k, 4))
            {
                case 0 when bytes.Count > 0:
                    bytes.RemoveAt(at);
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = (byte)Pick(picks, k + 2, 256);
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(tokens[Pick(picks, k + 2, tokens.Length)]));
                    break;
                default:
                    var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
                    var line = Pick(picks, k + 2, lines.Count);
                    lines.Insert(line, lines[line]);
                    bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines)).ToList();
                    break;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>Up to eight line edits of a valid spec: delete, duplicate, swap, re-indent, or insert a token into a line.</summary>
    private static string MutateLines(string valid, int[]? picks)
    {
        var lines = valid.Split('\n').ToList();
        if (picks is null || picks.Length == 0)
            return valid;
        for (var k = 0; k + 2 < picks.Length && k < 24; k += 3)
        {
            var i = Pick(picks, k + 1, lines.Count);
            switch (Pick(picks, k, 5))
            {
                case 0 when lines.Count > 1:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[i]);
                    break;
                case 2:
                    var j = Pick(picks, k + 2, lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3:
                    lines[i] = new string(' ', Pick(picks, k + 2, 7)) + lines[i].TrimStart();
                    break;
                default:
                    var token = SpecTokens[Pick(picks, k + 2, SpecTokens.Length)];
                    var at = Pick(picks, k + 2, lines[i].Length + 1);
                    lines[i] = lines[i].Insert(at, token);
                    break;
            }
        }
        return string.Join('\n', lines);
    }
}
