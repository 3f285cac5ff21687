using HccReport.Core.Data;
using HccReport.Core.Diagnostics;

namespace HccReport.Core.Tests;

public class StudyTests
{
    private const string Csv =
        "pid,age,afp,sex,resistance,start,last_contact,dead,second_line_start,child_pugh\n" +
        "P1,45,500,1,Primary,2020-01-01,2021-01-01,1,2020-06-01,A\n" +
        "P2,61,30,2,Secondary,2020-02-01,2022-02-01,0,,B\n" +
        "P3,70,,1,Secondary,2020-03-01,2020-09-01,1,2020-05-01,A\n" +
        "P4,52,900,2,Primary,2020-04-01,,0,2020-07-01,C\n" +
        "P5,39,12,1,,2020-05-01,2020-08-01,1,,A\n";

    private const string Spec = """
        title: Test study
        data:
          path: data/cohort.csv
          id: pid
          labels:
            sex: {1: Male, 2: Female}
        variables:
          resistance: {label: Type of resistance, reference: Secondary}
        derive:
          afp_gt400: afp > 400
          age_group: cut(age, [50], ["<=50", ">50"])
          os_months: months_between(start, last_contact)
        cohort:
          include:
            - criterion: Child-Pugh A or B
              when: child_pugh != 'C'
          groups: resistance
        endpoints:
          os: {label: Overall survival, time: {from: start, to: last_contact, unit: months}, event: dead}
        analyses:
          - id: km_os
            kind: km
            endpoint: os
            by: resistance
          - id: km_second
            kind: km
            endpoint: os
            where: not missing(second_line_start)
          - id: logit
            kind: logistic
            outcome: resistance == 'Primary'
            covariates: [afp_gt400, sex]
          - id: cox
            kind: cox
            endpoint: os
            covariates: [age_group, sex]
            reference: {sex: Female}
        """;

    [Fact]
    public void Loads_spec_data_cohort_endpoints_and_analyses()
    {
        using var folder = new SpecFolder();
        folder.Write("data/cohort.csv", Csv);
        var study = Study.Load(folder.Write("spec.yaml", Spec));

        Assert.Equal((5, 3), (study.Cohort.Screened, study.Cohort.Included));
        Assert.Equal([("not meeting: Child-Pugh A or B", 1), ("Missing Type of resistance", 1)], study.Cohort.Excluded.Select(e => (e.Reason, e.N)));
        Assert.Equal([("Primary", 1), ("Secondary", 2)], study.Cohort.Groups.Select(g => (g.Level, g.N)));
        Assert.Equal("Secondary", ((CategoricalColumn)study.Data["resistance"]).Reference);
        Assert.Equal(["<=50", ">50"], ((CategoricalColumn)study.Data["age_group"]).Levels);
        Assert.True(study.Data["afp_gt400"].IsBinary);

        var os = study.Endpoints["os"];
        Assert.Equal(366 / 30.4375, os.Time[0], 12);
        Assert.Equal([0, 1, 2], study.InputOf("km_os").Rows.ToArray());
        Assert.Equal([0, 2], study.InputOf("km_second").Rows.ToArray());
        var logit = study.InputOf("logit");
        Assert.Equal([true, false, false], logit.Rows.Select(i => logit.Outcome![i]!.Value));

        Assert.Equal(1, study.DataQuality.Missing.Single(m => m.Variable == "afp").Missing);
        Assert.Equal(3, study.DataQuality.Included);
        Assert.Empty(study.Warnings);
    }

    [Fact]
    public void Validate_collects_problems_across_spec_and_data()
    {
        using var folder = new SpecFolder();
        folder.Write("data/cohort.csv", Csv);
        var broken = Spec
            .Replace("afp > 400", "afpp > 400", StringComparison.Ordinal)
            .Replace("covariates: [age_group, sex]", "covariates: [age_grp, sex]", StringComparison.Ordinal)
            .Replace("reference: {sex: Female}", "reference: {sex: Femal}", StringComparison.Ordinal);
        var exception = Assert.Throws<SpecException>(() => Study.Load(folder.Write("spec.yaml", broken)));
        Assert.Equal(
            [DiagnosticCodes.Expr.UnknownColumn, DiagnosticCodes.Spec.UnknownVariable, DiagnosticCodes.Spec.UnknownLevel],
            exception.Diagnostics.Select(d => d.Code));
        var derive = (SpecLocation)exception.Diagnostics[0].Location!;
        Assert.Equal((10, 14), (derive.Line, derive.Column));
        Assert.Equal("did you mean 'afp'?", exception.Diagnostics[0].Suggestion);
        Assert.Equal("did you mean 'Female'?", exception.Diagnostics[2].Suggestion);
    }

    [Fact]
    public void Rows_without_an_endpoint_time_are_warned_not_dropped_silently()
    {
        using var folder = new SpecFolder();
        folder.Write("data/cohort.csv", Csv.Replace("P3,70,,1,Secondary,2020-03-01,2020-09-01", "P3,70,,1,Secondary,2020-03-01,", StringComparison.Ordinal));
        var study = Study.Load(folder.Write("spec.yaml", Spec));
        var input = study.InputOf("km_os");
        Assert.Equal((3, 2, 1), (input.Rows.Length, input.CompleteRows.Length, input.MissingTime));
        Assert.Contains(study.Warnings, w => w.Code == DiagnosticCodes.Endpoint.MissingTime && w.RowIds == "P3" && !w.Message.Contains("P3", StringComparison.Ordinal));
    }
}
