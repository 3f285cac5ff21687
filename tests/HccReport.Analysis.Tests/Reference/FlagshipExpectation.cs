using System.Text.Json.Nodes;

namespace HccReport.Analysis.Tests.Reference;

/// <summary>
/// tests/reference/flagship/expected/flagship.json (written by tests/reference/flagship/check.R from the synthetic
/// lenvatinib cohort) rearranged into the shape of results.json for config/lenvatinib.yaml, so that
/// <see cref="JsonComparison"/> can set every value beside ours. check.R names things its own way: its KM
/// analyses, "primary" for the term resistance=Primary, levels in R's factor order; this class maps them.
/// </summary>
internal static class FlagshipExpectation
{
    /// <summary>check.R's KM analysis names and the spec's ids.</summary>
    private static readonly (string R, string Spec)[] KmIds =
    [
        ("km_os", "km_os"), ("km_pfs", "km_pfs"), ("km_os_sl", "km_os_second_line"), ("km_pfs2", "km_pfs2"), ("km_os2", "km_os2"),
        ("km_tki_pfs2", "km_tki_pfs2"), ("km_tki_os2", "km_tki_os2"), ("km_comb_pfs2", "km_combination_pfs2"),
        ("km_comb_os2", "km_combination_os2"), ("km_ls_pfs2", "km_lenvatinib_sintilimab_pfs2"), ("km_ls_os2", "km_lenvatinib_sintilimab_os2"),
        ("km_class_pfs2", "km_regimen_pfs2"), ("km_class_os2", "km_regimen_os2"), ("km_lenv_vs_other_os2", "km_lenvatinib_vs_other_tki_os2"),
        ("km_ls_vs_other_tki_os2", "km_sintilimab_vs_other_tki_os2"), ("km_ls_vs_lenv_other_os2", "km_sintilimab_vs_lenvatinib_other_os2"),
        ("km_ls_vs_camrelizumab_os2", "km_sintilimab_vs_camrelizumab_os2"),
    ];

    /// <summary>The R values as a results.json tree.</summary>
    /// <param name="r">flagship.json.</param>
    /// <param name="actual">Our results.json (used only to put R's per-level values in our level order).</param>
    /// <param name="ties"><c>efron</c> (compat r) or <c>breslow</c> (compat spss).</param>
    /// <param name="kmIntervals">Compare the medians' intervals (R's Brookmeyer-Crowley; not under compat spss).</param>
    public static JsonObject Build(JsonNode r, JsonNode actual, string ties, bool kmIntervals)
    {
        var analyses = new JsonObject
        {
            ["table1"] = Table1(r["table1"]!.AsArray(), actual["analyses"]!["table1"]!),
            ["logit_primary"] = Logistic(r["logistic_primary"]!),
            ["cox_pfs2"] = Cox(r["cox"]![$"pfs2_{ties}"]!),
            ["cox_os2"] = Cox(r["cox"]![$"os2_{ties}"]!),
            ["supp_table2"] = SupplementaryTable2(r["supplementary_table2"]!.AsArray(), r["flow"]!["second_line_by_class"]!["Secondary"]!,
                actual["analyses"]!["supp_table2"]!),
        };
        foreach (var (rId, specId) in KmIds)
            analyses[specId] = KaplanMeier(r["km"]![rId]!, actual["analyses"]![specId]!, kmIntervals);
        ((JsonObject)analyses["km_os"]!)["follow_up"] = r["follow_up"]?.DeepClone();
        return new JsonObject { ["flow"] = Flow(r["flow"]!), ["analyses"] = analyses };
    }

    private static JsonObject Flow(JsonNode f)
    {
        var groups = f["groups"]!.AsObject();
        var secondLine = f["second_line"]!.AsObject();
        var byClass = f["second_line_by_class"]!.AsObject();
        return new JsonObject
        {
            ["screened"] = f["screened"]?.DeepClone(),
            // check.R names the inclusion criteria in its own words: compare the counts in order.
            ["excluded"] = new JsonArray(f["excluded"]!.AsArray().Select(e => (JsonNode)new JsonObject { ["n"] = e!["n"]?.DeepClone() }).ToArray()),
            ["included"] = f["included"]?.DeepClone(),
            ["groups"] = new JsonArray(groups.Select(g => (JsonNode)new JsonObject { ["level"] = g.Key, ["n"] = g.Value!.DeepClone() }).ToArray()),
            ["steps"] = new JsonArray(
                new JsonObject
                {
                    ["groups"] = new JsonArray(secondLine.Select(g => (JsonNode)new JsonObject { ["group"] = g.Key, ["n"] = g.Value!.DeepClone() }).ToArray()),
                },
                new JsonObject
                {
                    ["groups"] = new JsonArray(byClass.Select(g => (JsonNode)new JsonObject
                    {
                        ["group"] = g.Key,
                        // The split counts every level of second_line_class, PD-1 monotherapy (excluded: 0) last.
                        ["levels"] = new JsonArray(g.Value!.AsObject().Select(l => (JsonNode)new JsonObject { ["level"] = l.Key, ["n"] = l.Value!.DeepClone() })
                            .Append(new JsonObject { ["level"] = "PD-1 monotherapy", ["n"] = 0 }).ToArray()),
                    }).ToArray()),
                }),
        };
    }

    private static JsonObject Table1(JsonArray rows, JsonNode ours)
    {
        var ourRows = ours["rows"]!.AsArray();
        return new JsonObject
        {
            ["rows"] = new JsonArray(rows.Select((row, i) =>
            {
                var o = new JsonObject
                {
                    ["variable"] = row!["variable"]?.DeepClone(),
                    ["levels"] = new JsonArray(new JsonObject { ["counts"] = row["counts"]?.DeepClone(), ["percents"] = row["percents"]?.DeepClone() }),
                    ["or"] = row["or"]?.DeepClone(),
                    ["lower"] = row["lower"]?.DeepClone(),
                    ["upper"] = row["upper"]?.DeepClone(),
                    ["or_p"] = row["or_p"]?.DeepClone(),
                };
                // check.R gives Pearson's P for every row; ours is Pearson's where every expected count is at least 5.
                if (ourRows[i]!["test"]?.GetValue<string>() == "chisq") o["p"] = row["chisq_p"]?.DeepClone();
                return (JsonNode)o;
            }).ToArray()),
        };
    }

    private static JsonObject Logistic(JsonNode l)
    {
        var enter = l["enter"]!;
        return new JsonObject
        {
            ["multivariable"] = new JsonObject
            {
                ["n"] = enter["n"]?.DeepClone(),
                ["terms"] = new JsonArray(enter["terms"]!.AsArray().Select(t => (JsonNode)new JsonObject
                {
                    ["term"] = t!["term"]?.DeepClone(), ["coef"] = t["coef"]?.DeepClone(), ["se"] = t["se"]?.DeepClone(),
                    ["or"] = t["ratio"]?.DeepClone(), ["lower"] = t["lower"]?.DeepClone(), ["upper"] = t["upper"]?.DeepClone(), ["p"] = t["p"]?.DeepClone(),
                }).ToArray()),
                ["selection"] = new JsonObject { ["selected"] = l["screened"]?.DeepClone() },
            },
        };
    }

    private static JsonObject Cox(JsonNode c)
    {
        static JsonNode Term(JsonNode t) => new JsonObject
        {
            ["term"] = t["term"]!.GetValue<string>() == "primary" ? "resistance=Primary" : t["term"]?.DeepClone(),
            ["coef"] = t["coef"]?.DeepClone(), ["se"] = t["se"]?.DeepClone(), ["hr"] = t["hr"]?.DeepClone(),
            ["lower"] = t["lower"]?.DeepClone(), ["upper"] = t["upper"]?.DeepClone(), ["p"] = t["p"]?.DeepClone(),
        };
        static string Variable(JsonNode v) => v.GetValue<string>() == "primary" ? "resistance" : v.GetValue<string>();
        var multi = c["multivariable"]!;
        return new JsonObject
        {
            ["univariate"] = new JsonArray(c["univariate"]!.AsArray().Select(t => Term(t!)).ToArray()),
            ["multivariable"] = new JsonObject
            {
                ["n"] = multi["n"]?.DeepClone(),
                ["events"] = multi["events"]?.DeepClone(),
                ["terms"] = new JsonArray(multi["terms"]!.AsArray().Select(t => Term(t!)).ToArray()),
                ["selection"] = new JsonObject { ["selected"] = new JsonArray(c["screened"]!.AsArray().Select(v => (JsonNode)Variable(v!)).ToArray()) },
            },
        };
    }

    private static JsonObject KaplanMeier(JsonNode k, JsonNode ours, bool intervals)
    {
        var rGroups = k["groups"]!.AsArray();
        // R's factor order is not always the spec's level order (second_line_pd1 sorts Camrelizumab first): match by level.
        var groups = ours["groups"]!.AsArray().Select(g =>
        {
            var level = g!["level"]!.GetValue<string>();
            var rg = rGroups.Single(x => x!["level"]!.GetValue<string>() == level)!;
            var o = new JsonObject
            {
                ["level"] = level, ["n"] = rg["n"]?.DeepClone(), ["events"] = rg["events"]?.DeepClone(), ["median"] = rg["median"]?.DeepClone(),
            };
            if (intervals)
            {
                o["median_lower"] = rg["median_lower"]?.DeepClone();
                o["median_upper"] = rg["median_upper"]?.DeepClone();
            }
            if (rg["at"] is JsonArray at)
                o["at"] = at.DeepClone();
            return (JsonNode)o;
        }).ToArray();
        Assert.Equal(rGroups.Count, groups.Length);
        return new JsonObject { ["groups"] = new JsonArray(groups), ["logrank"] = k["logrank"]?.DeepClone() };
    }

    private static JsonObject SupplementaryTable2(JsonArray rows, JsonNode secondaryByClass, JsonNode ours)
    {
        var ourRows = ours["rows"]!.AsArray();
        Assert.Equal(rows.Count, ourRows.Count);
        return new JsonObject
        {
            ["rows"] = new JsonArray(rows.Select((row, i) => (JsonNode)new JsonObject
            {
                ["variable"] = row!["variable"]!.GetValue<string>() == "primary" ? "resistance" : row["variable"]?.DeepClone(),
                ["test"] = row["test"]?.DeepClone(),
                ["p"] = row["p"]?.DeepClone(),
                // resistance is a categorical row (Primary, then Secondary from the flow); the others are binary rows (Yes).
                ["levels"] = row["variable"]!.GetValue<string>() == "primary"
                    ? new JsonArray(new JsonObject { ["level"] = "Primary", ["counts"] = row["counts"]?.DeepClone() },
                        new JsonObject { ["level"] = "Secondary", ["counts"] = new JsonArray(secondaryByClass["TKI"]?.DeepClone(), secondaryByClass["Combination"]?.DeepClone()) })
                    : new JsonArray(new JsonObject { ["level"] = "Yes", ["counts"] = row["counts"]?.DeepClone() }),
            }).ToArray()),
        };
    }
}
