using System.Text.Json.Nodes;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Survival;

/// <summary>Reads the cases written by tests/reference/survival.R and the rows each was computed on.</summary>
internal static class SurvivalFixture
{
    private static readonly Lazy<JsonNode> Km = new(() => ReferenceFixture.Expected("survival_km"));
    private static readonly Lazy<JsonNode> LogRank = new(() => ReferenceFixture.Expected("survival_logrank"));
    private static readonly Lazy<JsonNode> RmeanDiff = new(() => ReferenceFixture.Expected("survival_rmean_diff"));

    public static JsonNode Curve(string name) => Find(Km.Value["curves"]!, name);

    public static JsonNode Test(string name) => Find(LogRank.Value["tests"]!, name);

    public static JsonNode Difference(string name) => Find(RmeanDiff.Value["differences"]!, name);

    public static TheoryData<string> CurveNames() => Names(Km.Value["curves"]!);

    public static TheoryData<string> TestNames() => Names(LogRank.Value["tests"]!);

    public static TheoryData<string> DifferenceNames() => Names(RmeanDiff.Value["differences"]!);

    /// <summary>Time and status of the case's rows, restricted to its group when it names one.</summary>
    public static (double[] Time, bool[] Status) Rows(JsonNode c, string? groupValue = null, string? groupColumn = null)
    {
        var source = (string)c["source"]!;
        var time = ReferenceFixture.Column(source, (string)c["time_column"]!);
        var status = ReferenceFixture.Column(source, (string)c["status_column"]!);
        groupColumn ??= (string?)c["group_column"];
        groupValue ??= (string?)c["group_value"];
        if (groupColumn is null || groupValue is null) return (time, status.Select(s => s != 0).ToArray());
        var group = ReferenceFixture.TextColumn(source, groupColumn);
        var keep = Enumerable.Range(0, time.Length).Where(i => group[i] == groupValue).ToArray();
        return (keep.Select(i => time[i]).ToArray(), keep.Select(i => status[i] != 0).ToArray());
    }

    /// <summary>A numeric vector; jsonlite writes a length-one vector as a scalar and NA as null.</summary>
    public static double?[] Values(JsonNode? node) => node switch
    {
        null => [null],
        JsonArray array => array.Select(v => v is null ? (double?)null : v.GetValue<double>()).ToArray(),
        _ => [node.GetValue<double>()],
    };

    public static double[] Doubles(JsonNode? node) => Values(node).Select(v => v ?? double.NaN).ToArray();

    public static double? Value(JsonNode? node) => node?.GetValue<double>();

    public static string[] Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(v => (string)v!).ToArray(),
        _ => [(string)node!],
    };

    private static JsonNode Find(JsonNode list, string name) =>
        list.AsArray().First(c => (string)c!["name"]! == name)!;

    private static TheoryData<string> Names(JsonNode list)
    {
        var data = new TheoryData<string>();
        foreach (var c in list.AsArray()) data.Add((string)c!["name"]!);
        return data;
    }
}
