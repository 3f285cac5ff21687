using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HccReport.Analysis.Tests.Reference;

/// <summary>
/// Compares an R fixture written in results.json's shape with our results.json: every leaf of the fixture must
/// exist at the same path in ours (objects: the fixture's keys; arrays: the same length, element by element;
/// null: null; numbers: <see cref="AssertR"/>; strings and booleans: equal). Keys starting with "_" are notes for
/// the tests and are skipped. Every difference is collected, so one run lists them all.
/// </summary>
internal sealed class JsonComparison
{
    private static readonly HashSet<string> PValueKeys = new(StringComparer.Ordinal) { "p", "or_p", "interaction_p" };

    private readonly List<string> _failures = [];
    private readonly double _relativeTolerance;

    /// <summary>A comparison at <paramref name="relativeTolerance"/> (default: the project's 1e-6).</summary>
    public JsonComparison(double relativeTolerance = AssertR.RelativeTolerance) => _relativeTolerance = relativeTolerance;

    /// <summary>Numbers compared.</summary>
    public int Numbers { get; private set; }

    /// <summary>Strings, booleans, nulls and array lengths compared.</summary>
    public int Others { get; private set; }

    /// <summary>The largest relative difference seen among the numbers, and where.</summary>
    public (double Value, string Path) MaxRelativeDifference { get; private set; } = (0, "");

    /// <summary>The differences found, one line each.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Compares <paramref name="expected"/> (R) with <paramref name="actual"/> (ours) under <paramref name="path"/>.</summary>
    public JsonComparison Compare(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Others++;
                if (actual is not null) Fail(path, "null", actual.ToJsonString());
                break;
            case JsonObject e:
                if (actual is not JsonObject a)
                {
                    Fail(path, "an object", Describe(actual));
                    break;
                }
                foreach (var (key, value) in e)
                {
                    if (key.StartsWith('_')) continue;
                    if (!a.ContainsKey(key))
                    {
                        Fail($"{path}.{key}", value?.ToJsonString() ?? "null", "no such member");
                        continue;
                    }
                    Compare(value, a[key], $"{path}.{key}");
                }
                break;
            case JsonArray e:
                Others++;
                if (actual is not JsonArray b)
                {
                    Fail(path, "an array", Describe(actual));
                    break;
                }
                if (e.Count != b.Count)
                {
                    Fail(path, $"{e.Count} elements", $"{b.Count} elements");
                    break;
                }
                for (var i = 0; i < e.Count; i++) Compare(e[i], b[i], $"{path}[{i}]");
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                CompareNumber(NumberOf(v), actual, path);
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                Others++;
                if (actual is not JsonValue s || s.GetValueKind() != JsonValueKind.String || s.GetValue<string>() != v.GetValue<string>())
                    Fail(path, v.ToJsonString(), Describe(actual));
                break;
            case JsonValue v:
                Others++;
                if (actual is not JsonValue bv || bv.GetValueKind() != v.GetValueKind())
                    Fail(path, v.ToJsonString(), Describe(actual));
                break;
        }
        return this;
    }

    /// <summary>Fails the test with every difference found.</summary>
    public void AssertNoFailures() =>
        Assert.True(_failures.Count == 0, $"{_failures.Count} differences from R:\n" + string.Join("\n", _failures.Take(60)));

    /// <summary>One line for the test log.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Numbers} numbers and {Others} other values compared with R; largest relative difference {MaxRelativeDifference.Value:E2} at {MaxRelativeDifference.Path}");

    private void CompareNumber(double expected, JsonNode? actual, string path)
    {
        Numbers++;
        if (actual is not JsonValue a || a.GetValueKind() != JsonValueKind.Number)
        {
            Fail(path, expected.ToString("R", CultureInfo.InvariantCulture), Describe(actual));
            return;
        }
        var value = NumberOf(a);
        var relative = AssertR.RelativeDifference(expected, value);
        if (relative > MaxRelativeDifference.Value) MaxRelativeDifference = (relative, path);
        var key = path[(path.LastIndexOf('.') + 1)..];
        if (!AssertR.IsClose(expected, value, PValueKeys.Contains(key), _relativeTolerance))
            Fail(path, expected.ToString("R", CultureInfo.InvariantCulture), $"{value.ToString("R", CultureInfo.InvariantCulture)} (relative difference {relative:E2})");
    }

    // Nodes built in code hold ints or doubles; parsed ones hold JSON text: read both through their JSON text.
    private static double NumberOf(JsonValue value) => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private void Fail(string path, string expected, string actual) => _failures.Add($"{path}: R {expected}, ours {actual}");

    private static string Describe(JsonNode? node) => node?.ToJsonString() ?? "null";
}
