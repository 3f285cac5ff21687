using System.Text.Json.Nodes;

namespace HccReport.Statistics.Tests.Reference;

/// <summary>
/// Reads numbers out of the R fixtures. jsonlite writes NA as null and (with auto_unbox) a vector of
/// length one as a bare number, so every reader accepts both shapes.
/// </summary>
internal static class JsonValues
{
    /// <summary>A number, null for NA; the strings "Inf" and "-Inf" (how the fixtures write infinities) as infinities.</summary>
    public static double? Number(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var text) => text switch
        {
            "Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => throw new FormatException($"Unexpected text {text} where a number was expected"),
        },
        _ => node.GetValue<double>(),
    };

    public static double Required(JsonNode? node, string what) =>
        Number(node) ?? throw new InvalidOperationException($"{what} is null in the fixture");

    public static double?[] Numbers(JsonNode? node) => node switch
    {
        null => [],
        JsonArray a => a.Select(Number).ToArray(),
        _ => [Number(node)],
    };

    public static string[] Strings(JsonNode? node) => node switch
    {
        null => [],
        JsonArray a => a.Select(v => v!.GetValue<string>()).ToArray(),
        _ => [node.GetValue<string>()],
    };

    /// <summary>A matrix written by jsonlite as an array of rows (a 1 x 1 matrix may arrive as [[x]] or [x]).</summary>
    public static double?[][] Matrix(JsonNode? node) => node switch
    {
        JsonArray a when a.Count > 0 && a[0] is JsonArray => a.Select(Numbers).ToArray(),
        JsonArray a => a.Select(v => new[] { Number(v) }).ToArray(),
        _ => [[Number(node)]],
    };
}
