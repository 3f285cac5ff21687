using System.Text.Json.Nodes;
using HccReport.Analysis.Tests.Reference;
using HccReport.Core;
using HccReport.Core.Spec;
using HccReport.Results;
using Xunit.Abstractions;

namespace HccReport.Analysis.Tests;

/// <summary>
/// Each spec under Specs/ through <see cref="ReportBuilder.Build"/>, every value of its results.json compared with
/// what tests/reference/analysis.R computes with R's own functions (expected/analysis_NAME.json, same keys and
/// nesting): flow, curves, medians, landmarks, tests, model terms, selection steps, Table 1 cells and counts.
/// </summary>
public class AnalysisMatchesRTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("km")]
    [InlineData("cox")]
    [InlineData("gbsg")]
    [InlineData("separation")]
    [InlineData("edge")]
    [InlineData("levels90")]
    public void SpecMatchesR(string spec)
    {
        var comparison = Compare(spec);
        output.WriteLine(comparison.Summary());
        comparison.AssertNoFailures();
    }

    /// <summary>Builds the spec's results and compares them with the fixture.</summary>
    internal static JsonComparison Compare(string spec)
    {
        var expected = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Reference("expected", $"analysis_{spec}.json")))!;
        var actual = Results(spec);
        return new JsonComparison().Compare(expected, actual, spec);
    }

    /// <summary>The spec's results.json as a JSON tree, under its own conventions or those given.</summary>
    internal static JsonNode Results(string spec, CompatMode? compat = null)
    {
        var loaded = SpecLoader.Load(RepositoryPaths.Spec(spec));
        if (compat is { } c) loaded = loaded with { Compat = c };
        return JsonNode.Parse(ResultsJson.Serialize(ReportBuilder.Build(Study.Prepare(loaded))))!;
    }
}
