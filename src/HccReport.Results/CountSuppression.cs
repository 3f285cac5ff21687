using System.Globalization;
using System.Text.Json.Nodes;

namespace HccReport.Results;

/// <summary>
/// Small-cell suppression of results.json (spec key <c>suppress_below: N</c>). A report folder shared outside a centre
/// carries results.json beside the documents, so the file hides what the documents hide: every count from 1 to N - 1
/// is written as <c>null</c>, and so is whatever would give such a count back.
/// </summary>
/// <remarks>
/// <para>What is masked, for a threshold N:</para>
/// <list type="bullet">
/// <item>every field that counts patients, events or rows (<see cref="CountFields"/>) whose value lies in 1..N-1,
/// including each element of the Kaplan-Meier curves' and risk tables' count arrays; zero is kept, as in the documents;</item>
/// <item>the percentage beside a masked count (<c>percents[i]</c> beside <c>counts[i]</c>, <c>overall_percent</c>
/// beside <c>overall</c>);</item>
/// <item>a continuous summary (mean, SD, median, quartiles) of a group whose size is masked: with so few rows its median
/// or mean is close to, or is, one patient's value;</item>
/// <item><c>min</c> and <c>max</c> of every continuous summary, whatever its size: each is one patient's value;</item>
/// <item>a manuscript check whose path names a masked value: its printed and recomputed values and its message.</item>
/// </list>
/// <para>Estimates stay: survival, hazard and odds ratios, P values and the curves' times. A curve's steps still let a
/// determined reader infer how many events happened at a time, as the figure does; that is the accepted practice for
/// Kaplan-Meier curves, which no small-cell rule asks to withhold. Like the documents, this is primary suppression only:
/// a masked count can sometimes be recovered by subtraction (a total minus the other cells).</para>
/// <para><c>null</c> in results.json otherwise means "does not exist"; the top-level <c>suppress_below</c> tells a reader
/// that a count written as <c>null</c> was masked. A masked file cannot be read back into <see cref="ReportResults"/>.</para>
/// </remarks>
public static class CountSuppression
{
    /// <summary>The results.json field names that hold counts of patients, events or rows (or arrays of them).</summary>
    public static IReadOnlySet<string> CountFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "n", "events", "censored", "n_risk", "n_event", "n_censor", "cumulative_events", "cumulative_censored",
        "counts", "overall", "missing", "not_meeting", "screened", "included", "rows", "rows_missing", "observed",
    };

    private static readonly string[] SummaryFields = ["mean", "sd", "median", "q1", "q3"];
    private static readonly string[] ExtremeFields = ["min", "max"];

    /// <summary>Whether <paramref name="below"/> masks anything: thresholds of 1 or less mask no count.</summary>
    public static bool IsOn(int? below) => below is > 1;

    /// <summary>Whether a count is masked under <paramref name="below"/>.</summary>
    public static bool Masks(double count, int below) => count >= 1 && count < below;

    /// <summary>
    /// The results.json tree of <paramref name="results"/> with every count below its <see cref="ReportResults.SuppressBelow"/>
    /// masked, and the results.json paths of the masked values (e.g. <c>flow.excluded[4].n</c>, the form manuscript checks use).
    /// Without suppression the tree is returned whole and the set is empty.
    /// </summary>
    public static (JsonNode Json, IReadOnlySet<string> MaskedPaths) Apply(ReportResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var json = JsonNode.Parse(ResultsJson.Serialize(results))!;
        var masked = new HashSet<string>(StringComparer.Ordinal);
        if (results.SuppressBelow is int below && IsOn(below))
        {
            var root = json.AsObject();
            foreach (var (key, value) in root.ToList())
            {
                if (key != "checks") Mask(value, key, below, masked);
            }
            if (root["checks"] is JsonArray checks) MaskChecks(checks, below, masked);
        }
        return (json, masked);
    }

    /// <summary>The paths of the values a results.json of <paramref name="results"/> masks (empty without suppression).</summary>
    public static IReadOnlySet<string> MaskedPaths(ReportResults results) => Apply(results).MaskedPaths;

    private static void Mask(JsonNode? node, string path, int below, HashSet<string> masked)
    {
        switch (node)
        {
            case JsonObject obj:
                MaskObject(obj, path, below, masked);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Mask(array[i], $"{path}[{Index(i)}]", below, masked);
                break;
        }
    }

    private static void MaskObject(JsonObject obj, string path, int below, HashSet<string> masked)
    {
        foreach (var (key, value) in obj.ToList())
        {
            var at = path + "." + key;
            if (CountFields.Contains(key) && IsMaskedCount(value, below))
            {
                obj[key] = null;
                masked.Add(at);
            }
            else if (CountFields.Contains(key) && value is JsonArray counts)
            {
                for (var i = 0; i < counts.Count; i++)
                {
                    var element = $"{at}[{Index(i)}]";
                    if (IsMaskedCount(counts[i], below))
                    {
                        counts[i] = null;
                        masked.Add(element);
                    }
                    else
                    {
                        Mask(counts[i], element, below, masked);
                    }
                }
            }
            else
            {
                Mask(value, at, below, masked);
            }
        }

        // The percentage of a masked count gives the count back with the group's size.
        if (obj["percents"] is JsonArray percents)
        {
            for (var i = 0; i < percents.Count; i++)
            {
                if (!masked.Contains($"{path}.counts[{Index(i)}]")) continue;
                percents[i] = null;
                masked.Add($"{path}.percents[{Index(i)}]");
            }
        }
        if (masked.Contains(path + ".overall") && obj.ContainsKey("overall_percent"))
        {
            obj["overall_percent"] = null;
            masked.Add(path + ".overall_percent");
        }

        // A continuous summary: min and max are single patients' values; the rest is withheld when the group is tiny.
        if (obj.ContainsKey("median") && obj.ContainsKey("q1") && obj.ContainsKey("min"))
        {
            var tiny = masked.Contains(path + ".n");
            foreach (var field in tiny ? SummaryFields.Concat(ExtremeFields) : ExtremeFields)
            {
                if (obj[field] is null) continue;
                obj[field] = null;
                masked.Add(path + "." + field);
            }
        }
    }

    private static void MaskChecks(JsonArray checks, int below, HashSet<string> masked)
    {
        var text = "<" + below.ToString(CultureInfo.InvariantCulture);
        foreach (var check in checks.OfType<JsonObject>())
        {
            if (check["path"]?.GetValue<string>() is not string path || !masked.Contains(path)) continue;
            check["printed"] = text;
            check["recomputed"] = null;
            check["recomputed_rounded"] = text;
            check["message"] = "masked (suppress_below)";
        }
    }

    private static bool IsMaskedCount(JsonNode? node, int below) =>
        node is JsonValue value && value.TryGetValue<double>(out var number) && Masks(number, below);

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
