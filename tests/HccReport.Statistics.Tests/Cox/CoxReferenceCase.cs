using System.Globalization;
using System.Text.Json.Nodes;
using HccReport.Statistics.Survival.Cox;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Cox;

/// <summary>
/// One fit recorded by tests/reference/cox.R: the R output and the data it was fitted on, with the design matrix
/// rebuilt from the CSV as R's model.matrix built it (numeric columns as they are, a factor as dummy columns).
/// </summary>
internal sealed class CoxReferenceCase
{
    private CoxReferenceCase(JsonNode expected, double[] time, bool[] status, double[,] covariates, string[] names,
        int[]? strata, CoxTerm[] terms)
    {
        Expected = expected;
        Time = time;
        Status = status;
        Covariates = covariates;
        Names = names;
        Strata = strata;
        Terms = terms;
    }

    /// <summary>The "fits[i]" object of the JSON file.</summary>
    public JsonNode Expected { get; }

    public double[] Time { get; }
    public bool[] Status { get; }
    public double[,] Covariates { get; }
    public string[] Names { get; }
    public int[]? Strata { get; }
    public CoxTerm[] Terms { get; }

    public static CoxReferenceCase Load(string caseName, int fit)
    {
        var file = ReferenceFixture.Expected(caseName);
        var expected = file["fits"]![fit]!;
        var data = file["data"]!.GetValue<string>();
        var time = ReferenceFixture.Column(data, file["time"]!.GetValue<string>());
        var status = ReferenceFixture.Column(data, file["status"]!.GetValue<string>()).Select(s => s == 1).ToArray();

        var design = expected["design"]!.AsArray();
        var names = design.Select(d => d!["name"]!.GetValue<string>()).ToArray();
        var covariates = new double[time.Length, design.Count];
        for (var j = 0; j < design.Count; j++)
        {
            var source = design[j]!["source"]!.GetValue<string>();
            var level = design[j]!["level"]?.GetValue<string>();
            var column = level is null
                ? ReferenceFixture.Column(data, source)
                : ReferenceFixture.TextColumn(data, source).Select(v => v == level ? 1.0 : 0.0).ToArray();
            for (var i = 0; i < time.Length; i++) covariates[i, j] = column[i];
        }

        int[]? strata = null;
        if (file["strata"] is JsonNode strataNode)
        {
            var text = ReferenceFixture.TextColumn(data, strataNode.GetValue<string>());
            var codes = text.Distinct().Order(StringComparer.Ordinal).Select((v, k) => (v, k)).ToDictionary(t => t.v, t => t.k);
            strata = text.Select(v => codes[v]).ToArray();
        }

        var terms = expected["terms"]!.AsArray()
            .Select(t => new CoxTerm { Name = t!["name"]!.GetValue<string>(), Columns = Ints(t["columns"]) })
            .ToArray();
        return new CoxReferenceCase(expected, time, status, covariates, names, strata, terms);
    }

    /// <summary>The cases and fit indices of every cox_*.json with a "fits" list.</summary>
    public static IEnumerable<object[]> All(params string[] cases)
    {
        foreach (var name in cases)
        {
            var count = ReferenceFixture.Expected(name)["fits"]!.AsArray().Count;
            for (var i = 0; i < count; i++) yield return [name, i];
        }
    }

    public CoxOptions Options => new()
    {
        Ties = Expected["ties"]!.GetValue<string>() == "breslow" ? CoxTies.Breslow : CoxTies.Efron,
        ConfidenceLevel = Expected["conf_level"]!.GetValue<double>(),
        MaxIterations = Expected["iter_max"]!.GetValue<int>(),
    };

    public CoxFit Fit() => CoxRegression.Fit(Time, Status, Covariates, Names, Options, Strata);

    /// <summary>jsonlite writes a length-one vector as a scalar and NA as null; this reads either as a list.</summary>
    public static double?[] Doubles(JsonNode? node) => node switch
    {
        null => [null],
        JsonArray array => array.Select(v => v is null ? (double?)null : v.GetValue<double>()).ToArray(),
        _ => [node.GetValue<double>()],
    };

    public static int[] Ints(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(v => v!.GetValue<int>()).ToArray(),
        _ => [node.GetValue<int>()],
    };

    public static string[] Strings(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(v => v!.GetValue<string>()).ToArray(),
        _ => [node.GetValue<string>()],
    };

    /// <summary>1-based variable numbers in R's "Loglik converged before variable  2,3 ; coefficient may be infinite." warning.</summary>
    public int[] InfiniteInR()
    {
        foreach (var warning in Strings(Expected["warnings"]))
        {
            const string prefix = "Loglik converged before variable";
            if (!warning.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var list = warning[prefix.Length..warning.IndexOf(';')];
            return list.Split(',').Select(s => int.Parse(s.Trim(), CultureInfo.InvariantCulture)).ToArray();
        }
        return [];
    }

    public bool ConvergedInR() => !Strings(Expected["warnings"]).Any(w => w.StartsWith("Ran out of iterations", StringComparison.Ordinal));
}
