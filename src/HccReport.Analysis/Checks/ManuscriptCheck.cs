using System.Globalization;
using System.Text.Json.Nodes;
using HccReport.Results;

namespace HccReport.Analysis.Checks;

/// <summary>
/// Sets each number a manuscript printed beside the number recomputed from the data, and says in plain
/// words where they differ — including where the manuscript disagrees with its own printed counts.
/// </summary>
/// <remarks>
/// A printed value matches when it is a correct rounding of the recomputed one: |recomputed - printed|
/// is at most half a unit in the last printed decimal. "&lt;0.001" matches any recomputed value below 0.001.
/// </remarks>
public static class ManuscriptCheck
{
    private static readonly HashSet<string> CountNames = ["n", "events", "counts", "screened", "included", "overall", "n_risk"];

    /// <summary>Checks every printed value against <paramref name="results"/> (results.json as a JSON tree).</summary>
    /// <returns>The checks in the order given, and the printed values whose path does not exist.</returns>
    public static (IReadOnlyList<ExpectationCheck> Checks, IReadOnlyList<(PrintedValue Value, string Problem)> Unresolved) Run(
        JsonNode results, IReadOnlyList<PrintedValue> printed)
    {
        var checks = new List<ExpectationCheck>();
        var unresolved = new List<(PrintedValue, string)>();
        foreach (var value in printed)
        {
            var (node, found, problem) = ResultsPath.Resolve(results, value.Path);
            if (!found)
            {
                unresolved.Add((value, problem!));
                continue;
            }
            if (node is not null && node is not JsonValue)
            {
                unresolved.Add((value, $"'{value.Path}' is not a single number"));
                continue;
            }
            double? recomputed = node is JsonValue jv && jv.TryGetValue<double>(out var d) ? d : null;
            checks.Add(Compare(value, recomputed));
        }
        return (MarkInternalInconsistencies(checks), unresolved);
    }

    private static ExpectationCheck Compare(PrintedValue value, double? recomputed)
    {
        var rounding = RoundingRule.Parse(value.Rounding, value.Printed);
        var text = value.Printed.Trim();
        var shown = recomputed is null ? null : rounding.Format(recomputed.Value);
        bool match;
        string message;
        if (IsNotAvailable(text))
        {
            match = recomputed is null;
            message = match ? "matches (does not exist in the data either)" : $"differs: printed {text}, recomputed {shown}";
        }
        else if (recomputed is null)
        {
            match = false;
            message = $"differs: printed {text}, but the value does not exist in the data (e.g. a median not reached)";
        }
        else if (TryParseBound(text, out var op, out var bound))
        {
            var x = rounding.Scale(recomputed.Value);
            match = op == '<' ? x < bound : x > bound;
            message = match ? $"matches ({shown})" : $"differs: printed {text}, recomputed {shown}";
        }
        else if (TryParseNumber(text, out var number, out var decimals))
        {
            var x = rounding.Scale(recomputed.Value);
            var places = rounding.Decimals ?? decimals;
            var halfUnit = 0.5 * Math.Pow(10, -places);
            match = Math.Abs(x - number) <= halfUnit * (1 + 1e-9) + 1e-12;
            message = match ? "matches" : $"differs: printed {text}, recomputed {shown}";
        }
        else
        {
            match = false;
            message = $"the printed text '{text}' is not a number this check can read";
        }
        return new ExpectationCheck
        {
            Path = value.Path,
            Source = value.Source,
            Printed = text,
            Rounding = value.Rounding,
            Recomputed = recomputed,
            RecomputedRounded = shown,
            Match = match,
            Message = message,
        };
    }

    /// <summary>
    /// Where a statistic that follows from a table row's counts (a percentage, an odds ratio, a chi-square P)
    /// mismatches while every printed count of that row matches, the manuscript contradicts itself.
    /// </summary>
    private static IReadOnlyList<ExpectationCheck> MarkInternalInconsistencies(List<ExpectationCheck> checks)
    {
        var result = new List<ExpectationCheck>(checks.Count);
        foreach (var check in checks)
        {
            var row = RowPrefix(check.Path);
            if (check.Match || row is null || IsCount(check.Path))
            {
                result.Add(check);
                continue;
            }
            var counts = checks.Where(c => c.Path.StartsWith(row, StringComparison.Ordinal) && IsCount(c.Path)).ToList();
            if (counts.Count > 0 && counts.All(c => c.Match))
            {
                var listed = string.Join(", ", counts.Select(c => c.Printed));
                result.Add(check with
                {
                    Message = check.Message + $". The manuscript's own counts in this row ({listed}) match the data and give "
                        + $"{check.RecomputedRounded}: the printed {check.Printed} does not follow from them",
                });
            }
            else
            {
                result.Add(check);
            }
        }
        return result;
    }

    /// <summary>The path up to its table row (<c>analyses.t1.rows[3]</c>), or null outside a table's rows.</summary>
    private static string? RowPrefix(string path)
    {
        var at = path.IndexOf(".rows[", StringComparison.Ordinal);
        if (at < 0) return null;
        var close = path.IndexOf(']', at);
        return close < 0 ? null : path[..(close + 1)];
    }

    private static bool IsCount(string path)
    {
        var last = path[(path.LastIndexOf('.') + 1)..];
        var bracket = last.IndexOf('[');
        return CountNames.Contains(bracket < 0 ? last : last[..bracket]);
    }

    private static bool IsNotAvailable(string text) =>
        text.Equals("NR", StringComparison.OrdinalIgnoreCase) || text.Equals("NA", StringComparison.OrdinalIgnoreCase)
        || text.Equals("not reached", StringComparison.OrdinalIgnoreCase) || text is "-" or "—" or "–";

    private static bool TryParseBound(string text, out char op, out double bound)
    {
        var t = text.Replace(" ", "", StringComparison.Ordinal);
        if (t.StartsWith("P", StringComparison.OrdinalIgnoreCase)) t = t[1..];
        op = t.Length > 0 ? t[0] : ' ';
        bound = 0;
        return (op == '<' || op == '>') && TryParseNumber(t[1..], out bound, out _);
    }

    internal static bool TryParseNumber(string text, out double value, out int decimals)
    {
        var t = text.Trim().Replace('−', '-').TrimEnd('%');
        if (t.StartsWith('.')) t = "0" + t;
        var dot = t.IndexOf('.');
        decimals = dot < 0 ? 0 : t.Length - dot - 1;
        return double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
