using HccReport.Core;
using HccReport.Core.Diagnostics;

namespace HccReport.Analysis.Tests;

/// <summary>
/// Data that leave an analysis nothing to compute (a grouping variable, covariate or outcome missing in every row)
/// are reported as a diagnostic at the analysis (exit 2, with its
/// place in the spec), never as an exception from the statistics (exit 1).
/// </summary>
public sealed class DataProblemTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hccreport-analysis-").FullName;

    public DataProblemTests() => File.WriteAllText(Path.Combine(_folder, "data.csv"), """
        id,time,status,grp,x,never,y
        1,5,1,NA,1,NA,NA
        2,6,0,NA,2,NA,NA
        3,7,1,NA,3,NA,NA
        4,8,0,NA,4,NA,NA
        """.Replace("        ", "", StringComparison.Ordinal));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("kind: km\n    endpoint: os\n    by: grp\n    follow_up: true")]
    [InlineData("kind: baseline\n    by: grp\n    rows: [x]")]
    [InlineData("kind: cox\n    endpoint: os\n    covariates: [x, never]")]
    [InlineData("kind: logistic\n    outcome: y\n    covariates: [x]")]
    public void AnalysisWithoutACompleteRowIsADiagnostic(string analysis)
    {
        var spec = Path.Combine(_folder, "spec.yaml");
        File.WriteAllText(spec, $"""
            data: {"{"}path: data.csv, id: id{"}"}
            endpoints:
              os: {"{"}time: time, event: status{"}"}
            analyses:
              - id: a
                {analysis}
            """);
        var error = Assert.Throws<SpecException>(() => ReportBuilder.Build(Study.Load(spec)));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.Analysis.NoRows, diagnostic.Code);
        Assert.Matches("^The analysis .a. has no rows to analyse: (every row (with the endpoint )?lacks grp|no row has the (endpoint|outcome) and a value of (x|never))\\.$", diagnostic.Message);
    }
}
