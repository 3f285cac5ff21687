using System.Text.Json.Nodes;
using HccReport.Statistics.Tests.Reference;

namespace HccReport.Statistics.Tests.Tests;

/// <summary>Cases of the tables_*.json fixtures written by tests/reference/tables.R, by name.</summary>
internal static class TableFixtures
{
    public static JsonNode Case(string fixture, string name) =>
        ReferenceFixture.Expected(fixture)["cases"]!.AsArray().First(c => c!["name"]!.GetValue<string>() == name)!;

    public static TheoryData<string> Names(string fixture)
    {
        var data = new TheoryData<string>();
        foreach (var c in ReferenceFixture.Expected(fixture)["cases"]!.AsArray()) data.Add(c!["name"]!.GetValue<string>());
        return data;
    }

    public static int[,] Table(JsonNode node)
    {
        var rows = JsonValues.Matrix(node);
        var t = new int[rows.Length, rows[0].Length];
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < rows[0].Length; j++)
                t[i, j] = (int)rows[i][j]!.Value;
        return t;
    }

    public static double[] Values(JsonNode? node) => JsonValues.Numbers(node).Select(v => v!.Value).ToArray();
}
