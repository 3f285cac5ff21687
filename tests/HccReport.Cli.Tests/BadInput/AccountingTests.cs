using System.Text.Json.Nodes;

namespace HccReport.Cli.Tests.BadInput;

/// <summary>
/// Never a silently dropped patient: with missing times, events, groups and condition values, every screened row is
/// either included or counted under one exclusion, every included row is in one group, and every row an analysis
/// leaves out is counted in its <c>rows_missing</c> and named in a warning. Counts are known by construction.
/// </summary>
public sealed class AccountingTests
{
    // Ten patients. P02 and P08 have no time, P04 no event, P05 no arm, P06 no age, P09 no afp.
    private const string Csv = """
        id,time,dead,arm,age,afp,stage
        P01,5.2,1,A,45,12,I
        P02,,0,A,52,450,II
        P03,12.4,1,B,61,8,I
        P04,3.0,NA,B,38,1200,III
        P05,9.7,0,,70,33,II
        P06,15.1,1,B,,95,I
        P07,6.3,1,A,58,610,
        P08,.,0,B,49,20,II
        P09,7.5,1,A,63,,III
        P10,10.2,0,B,55,77,I

        """;

    [Fact]
    public void Km_counts_rows_without_time_event_or_group()
    {
        var (results, warnings) = Render("""
            endpoints:
              os: {time: time, event: dead}
            analyses:
              - id: km_os
                kind: km
                endpoint: os
                by: arm
            """);
        AssertFlowAddsUp(results);
        Assert.Equal((10, 10), (Int(results, "flow.screened"), Int(results, "flow.included")));
        // P02, P08 (time), P04 (event), P05 (arm): four rows out, six in the curves.
        Assert.Equal(4, Int(results, "analyses.km_os.rows_missing"));
        Assert.Equal(6, SumOf(results, "analyses.km_os.groups", "n"));
        Assert.Contains("no time in 2 row(s) of analysis 'km_os', which leaves them out. Rows: id P02, P08.", warnings, StringComparison.Ordinal);
        Assert.Contains("no event value in 1 row(s) of analysis 'km_os', which leaves them out. Rows: id P04.", warnings, StringComparison.Ordinal);
    }

    [Fact]
    public void Cohort_counts_missing_conditions_and_missing_groups()
    {
        var (results, _) = Render("""
            cohort:
              include:
                - criterion: Adults
                  when: age >= 18
              exclude:
                - reason: AFP above 1000
                  when: afp > 1000
              groups: arm
            endpoints:
              os: {time: time, event: dead}
            analyses:
              - id: km_os
                kind: km
                endpoint: os
            """);
        AssertFlowAddsUp(results);
        // P06 (no age) fails the criterion (missing counts as not met); P04 (afp 1200) meets the reason and P09 (no afp)
        // does not (missing counts as not applying); P05 (no arm) is set aside as "Missing arm": 10 = 7 + 1 + 1 + 1.
        Assert.Equal(10, Int(results, "flow.screened"));
        Assert.Equal("not meeting: Adults", Text(results, "flow.excluded[0].reason"));
        Assert.Equal(1, Int(results, "flow.excluded[0].n"));
        Assert.Equal(1, Int(results, "flow.excluded[1].n"));
        Assert.Equal("Missing arm", Text(results, "flow.excluded[2].reason"));
        Assert.Equal(1, Int(results, "flow.excluded[2].n"));
        Assert.Equal(7, Int(results, "flow.included"));
        // Of the seven, P02 and P08 have no time.
        Assert.Equal(2, Int(results, "analyses.km_os.rows_missing"));
        Assert.Equal(5, SumOf(results, "analyses.km_os.groups", "n"));
    }

    [Fact]
    public void Where_subset_and_missing_values_add_up_per_analysis()
    {
        var (results, _) = Render("""
            endpoints:
              os: {time: time, event: dead}
            analyses:
              - id: km_low_afp
                kind: km
                endpoint: os
                by: stage
                where: afp < 500
            """);
        AssertFlowAddsUp(results);
        // afp < 500 keeps P01 P02 P03 P05 P06 P08 P10 (P09's missing afp counts as false): seven rows.
        // Out of those: P02, P08 (time) and none without stage, so five in the curves.
        Assert.Equal(2, Int(results, "analyses.km_low_afp.rows_missing"));
        Assert.Equal(5, SumOf(results, "analyses.km_low_afp.groups", "n"));
    }

    [Fact]
    public void Split_steps_count_a_missing_level()
    {
        var (results, _) = Render("""
            cohort:
              groups: arm
              steps:
                - label: Stage
                  split: stage
            endpoints:
              os: {time: time, event: dead}
            analyses:
              - id: km_os
                kind: km
                endpoint: os
            """);
        AssertFlowAddsUp(results);
        var steps = results["flow"]!["steps"]![0]!["groups"]!.AsArray();
        foreach (var group in steps)
            Assert.Equal(Int(group!, "n"), group!["levels"]!.AsArray().Sum(l => (int)l!["n"]!));
        // P07 (arm A, no stage) is counted under "Missing".
        var armA = steps.Single(g => (string?)g!["group"] == "A")!;
        Assert.Contains(armA["levels"]!.AsArray(), l => (string?)l!["level"] == "Missing" && (int)l["n"]! == 1);
    }

    [Fact]
    public void Every_report_of_the_corpus_adds_up()
    {
        foreach (var name in BadInputRunner.CaseNames().Where(n => BadInputRunner.ExpectationOf(n) is { Exit: 0, Pending: null }))
        {
            using var work = new TempFolder();
            BadInputRunner.CopyFolder(Path.Combine(BadInputRunner.CorpusRoot, name), Path.Combine(work.Path, name));
            var report = Path.Combine(work.Path, "report");
            var result = CliRun.Run("render", Path.Combine(work.Path, name, "spec.yaml"), "--out", report, "--format", "html");
            Assert.True(result.Exit == 0, $"{name}: {result.Stderr}");
            AssertFlowAddsUp(JsonNode.Parse(File.ReadAllText(Path.Combine(report, "results.json")))!);
        }
    }

    [Fact]
    public void Render_prints_and_records_the_warnings_validate_prints()
    {
        using var work = new TempFolder();
        work.Write("data.csv", Csv);
        var spec = work.Write("spec.yaml", "title: Warnings\ndata:\n  path: data.csv\n  id: id\nendpoints:\n  os: {time: time, event: dead}\n"
            + "analyses:\n  - id: km_os\n    kind: km\n    endpoint: os\n");
        var report = Path.Combine(work.Path, "report");
        var render = CliRun.Run("render", spec, "--out", report, "--format", "html");
        Assert.Equal(0, render.Exit);
        Assert.Contains("warning Endpoint.MissingTime: The endpoint 'os' has no time in 2 row(s) of analysis 'km_os'", render.Stderr, StringComparison.Ordinal);
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(report, "results.json")))!;
        // The console names the rows so they can be fixed; the report records the warning without patient ids.
        Assert.Contains("Rows: id P02, P08", render.Stderr, StringComparison.Ordinal);
        var recorded = results["warnings"]!.AsArray().Select(w => (string?)w ?? "").ToArray();
        Assert.Contains(recorded, w => w.StartsWith("Endpoint.MissingTime: The endpoint 'os' has no time in 2 row(s)", StringComparison.Ordinal));
        Assert.DoesNotContain(recorded, w => w.Contains("P02", StringComparison.Ordinal));
    }

    /// <summary>screened = included + every exclusion; included = the sum of the groups (when there are groups).</summary>
    private static void AssertFlowAddsUp(JsonNode results)
    {
        var flow = results["flow"]!;
        Assert.Equal(Int(flow, "screened"), Int(flow, "included") + flow["excluded"]!.AsArray().Sum(e => (int)e!["n"]!));
        var groups = flow["groups"]!.AsArray();
        if (groups.Count > 0)
            Assert.Equal(Int(flow, "included"), groups.Sum(g => (int)g!["n"]!));
        foreach (var (_, analysis) in results["analyses"]!.AsObject())
        {
            if ((string?)analysis!["kind"] == "km")
                Assert.True(SumOf(analysis, "groups", "n") + Int(analysis, "rows_missing") <= Int(flow, "included"));
        }
    }

    private static (JsonNode Results, string Warnings) Render(string study)
    {
        using var work = new TempFolder();
        work.Write("data.csv", Csv);
        var spec = work.Write("spec.yaml", "title: Accounting\ndata:\n  path: data.csv\n  id: id\n" + study);
        var validate = CliRun.Run("validate", spec);
        Assert.True(validate.Exit == 0, validate.Stderr);
        var report = Path.Combine(work.Path, "report");
        var render = CliRun.Run("render", spec, "--out", report, "--format", "html");
        Assert.True(render.Exit == 0, render.Stderr);
        return (JsonNode.Parse(File.ReadAllText(Path.Combine(report, "results.json")))!, validate.Stderr);
    }

    private static int Int(JsonNode root, string path) =>
        int.Parse(BadInputRunner.Resolve(root, path) ?? throw new KeyNotFoundException(path), System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(JsonNode root, string path) => BadInputRunner.Resolve(root, path);

    private static int SumOf(JsonNode root, string path, string member)
    {
        JsonNode node = root;
        foreach (var part in path.Split('.'))
            node = node[part]!;
        return node.AsArray().Sum(item => (int)item![member]!);
    }
}
