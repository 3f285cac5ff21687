using System.Text.Json.Nodes;
using HccReport.Analysis.Checks;
using HccReport.Results;

namespace HccReport.Analysis.Tests.Checks;

public class ManuscriptCheckTests
{
    // A Table 1 row built from the seed paper's AST counts: 84 of 169 and 167 of 362 give OR 1.154,
    // yet the paper prints 0.87. The counts match, so the mismatch is the manuscript's own.
    private static readonly JsonNode Results = JsonNode.Parse("""
        {
          "flow": {"screened": 634, "included": 531},
          "analyses": {
            "t1": {"kind": "baseline", "rows": [
              {"variable": "ast_gt40", "or": 1.1544, "p": 0.4427,
               "levels": [{"level": "Yes", "counts": [84, 167], "percents": [49.7041, 46.1326]}]},
              {"variable": "age_gt50", "or": 0.8715, "p": 0.532,
               "levels": [{"level": "Yes", "counts": [128, 283], "percents": [75.7396, 78.1768]}]}
            ]},
            "km": {"kind": "km", "groups": [{"level": "Primary", "median": 11.0, "median_upper": null}]}
          }
        }
        """)!;

    private static ExpectationCheck One(string path, string printed, string rounding = "auto")
    {
        var (checks, unresolved) = ManuscriptCheck.Run(Results, [new PrintedValue { Path = path, Printed = printed, Rounding = rounding }]);
        Assert.Empty(unresolved);
        return Assert.Single(checks);
    }

    [Theory]
    [InlineData("flow.screened", "634", "integer", true)]
    [InlineData("flow.included", "530", "integer", false)]
    [InlineData("analyses.t1.rows[1].or", "0.87", "auto", true)]
    [InlineData("analyses.t1.rows[variable=age_gt50].or", "0.87", "decimals:2", true)]
    [InlineData("analyses.t1.rows[0].p", "0.443", "p", true)]
    [InlineData("analyses.t1.rows[0].p", "<0.001", "p", false)]
    [InlineData("analyses.t1.rows[1].levels[0].percents[1]", "78.2", "auto", true)]
    [InlineData("analyses.t1.rows[1].levels[0].percents[1]", "78.1", "auto", false)]
    [InlineData("analyses.km.groups[0].median", "11.0", "decimals:1", true)]
    [InlineData("analyses.km.groups[level=Primary].median_upper", "NR", "auto", true)]
    [InlineData("analyses.km.groups[0].median_upper", "30", "auto", false)]
    public void ComparesPrintedWithRecomputed(string path, string printed, string rounding, bool match) =>
        Assert.Equal(match, One(path, printed, rounding).Match);

    [Fact]
    public void PercentRoundingScalesProportions()
    {
        var root = JsonNode.Parse("""{"s": 0.4634}""")!;
        var (checks, _) = ManuscriptCheck.Run(root, [new PrintedValue { Path = "s", Printed = "46.3", Rounding = "percent:1" }]);
        Assert.True(checks[0].Match);
        Assert.Equal("46.3", checks[0].RecomputedRounded);
    }

    [Fact]
    public void SaysWhenTheManuscriptContradictsItsOwnCounts()
    {
        var (checks, _) = ManuscriptCheck.Run(Results,
        [
            new PrintedValue { Path = "analyses.t1.rows[0].levels[0].counts[0]", Printed = "84" },
            new PrintedValue { Path = "analyses.t1.rows[0].levels[0].counts[1]", Printed = "167" },
            new PrintedValue { Path = "analyses.t1.rows[0].or", Printed = "0.87" },
        ]);
        Assert.True(checks[0].Match && checks[1].Match);
        Assert.False(checks[2].Match);
        Assert.Equal("1.15", checks[2].RecomputedRounded);
        Assert.Contains("own counts in this row (84, 167)", checks[2].Message);
    }

    [Theory]
    [InlineData("analyses.nope.n", "results.json has no 'analyses.nope'")]
    [InlineData("analyses.t1.rows[5].or", "past the end")]
    [InlineData("analyses.t1.rows[variable=bmi].or", "no entry has variable = bmi")]
    public void ReportsPathsThatDoNotExist(string path, string problem)
    {
        var (checks, unresolved) = ManuscriptCheck.Run(Results, [new PrintedValue { Path = path, Printed = "1" }]);
        Assert.Empty(checks);
        Assert.Contains(problem, Assert.Single(unresolved).Problem);
    }
}
