using System.Text.Json.Nodes;

namespace HccReport.Statistics.Tests.Reference;

/// <summary>
/// Loads the committed output of the R scripts in tests/reference/ (expected/*.json) and the CSV data they read.
/// Tests never run R.
/// </summary>
internal static class ReferenceFixture
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository's tests/reference folder.</summary>
    public static string Directory => Root.Value;

    /// <summary>An expected/NAME.json file written by an R script.</summary>
    public static JsonNode Expected(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root.Value, "expected", name + ".json")))
        ?? throw new InvalidOperationException($"expected/{name}.json is empty");

    /// <summary>A data/NAME.csv file as R exported it: header plus rows of raw strings.</summary>
    public static (string[] Header, string[][] Rows) Data(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Root.Value, "data", name + ".csv"));
        string[] Split(string line) => line.Split(',').Select(f => f.Trim('"')).ToArray();
        return (Split(lines[0]), lines.Skip(1).Where(l => l.Length > 0).Select(Split).ToArray());
    }

    /// <summary>One numeric column of a data file; "NA" becomes NaN.</summary>
    public static double[] Column(string name, string column)
    {
        var (header, rows) = Data(name);
        var j = Array.IndexOf(header, column);
        if (j < 0) throw new ArgumentException($"data/{name}.csv has no column {column}");
        return rows.Select(r => r[j] == "NA" ? double.NaN : double.Parse(r[j], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>One text column of a data file.</summary>
    public static string[] TextColumn(string name, string column)
    {
        var (header, rows) = Data(name);
        var j = Array.IndexOf(header, column);
        if (j < 0) throw new ArgumentException($"data/{name}.csv has no column {column}");
        return rows.Select(r => r[j]).ToArray();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "reference");
            if (File.Exists(Path.Combine(dir.FullName, "HccReport.sln")) && System.IO.Directory.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException("tests/reference not found above " + AppContext.BaseDirectory);
    }
}
