using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HccReport.Analysis.Checks;

/// <summary>
/// Resolves a results.json path (<c>analyses.table1.rows[3].or</c>, <c>groups[level=Primary].median</c>)
/// against the results as JSON, so a check reads exactly the number results.json holds.
/// </summary>
internal static partial class ResultsPath
{
    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_\-]+)(?<index>\[[^\]]+\])*$")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex(@"\[(?<inner>[^\]]+)\]")]
    private static partial Regex IndexPattern();

    /// <summary>The node at <paramref name="path"/>, or an explanation of where the path stops matching.</summary>
    public static (JsonNode? Node, bool Found, string? Problem) Resolve(JsonNode root, string path)
    {
        JsonNode? node = root;
        var walked = "";
        foreach (var segment in path.Split('.'))
        {
            var match = SegmentPattern().Match(segment);
            if (!match.Success) return (null, false, $"'{segment}' is not a path segment");
            var name = match.Groups["name"].Value;
            walked = walked.Length == 0 ? name : walked + "." + name;
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out node))
                return (null, false, $"results.json has no '{walked}'");
            foreach (Match index in IndexPattern().Matches(segment))
            {
                var inner = index.Groups["inner"].Value;
                walked += "[" + inner + "]";
                if (node is not JsonArray array) return (null, false, $"'{walked}' indexes something that is not a list");
                node = Select(array, inner, out var problem);
                if (problem != null) return (null, false, $"'{walked}': {problem}");
            }
        }
        return (node, true, null);
    }

    private static JsonNode? Select(JsonArray array, string inner, out string? problem)
    {
        problem = null;
        if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            if (i < array.Count) return array[i];
            problem = $"index {i} is past the end (the list has {array.Count} entries)";
            return null;
        }
        var eq = inner.IndexOf('=');
        if (eq <= 0)
        {
            problem = "an index is a number or key=value";
            return null;
        }
        var key = inner[..eq];
        var value = inner[(eq + 1)..];
        foreach (var item in array)
        {
            if (item is JsonObject o && o.TryGetPropertyValue(key, out var v) && v is JsonValue jv
                && string.Equals(jv.ToString(), value, StringComparison.Ordinal))
                return item;
        }
        problem = $"no entry has {key} = {value}";
        return null;
    }
}
