using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;

namespace HccReport.Core.Tests;

public class SpecLoaderTests
{
    private static DiagnosticBag Problems(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        SpecLoader.TryParse(yaml, "spec.yaml", diagnostics);
        return diagnostics;
    }

    private const string Endpoints = "endpoints:\n  os: {time: t, event: e}\n";

    /// <summary>Snippet, expected code, line, column, and a word the suggestion must hold (or null).</summary>
    public static TheoryData<string, string, int, int, string?> ProblemTable => new()
    {
        { "data:\n  path: d.csv\ncohort:\n  exlude: []\n", DiagnosticCodes.Spec.UnknownKey, 4, 3, "exclude" },
        { "titel: x\ndata: {path: d.csv}\n", DiagnosticCodes.Spec.UnknownKey, 1, 1, "title" },
        { "title: x\n", DiagnosticCodes.Spec.MissingKey, 1, 1, null },
        { "data:\n  id: pid\n", DiagnosticCodes.Spec.MissingKey, 2, 3, null },
        { "data: {path: d.csv}\nconfidence_level: high\n", DiagnosticCodes.Spec.WrongType, 2, 19, null },
        { "data: {path: d.csv}\nconfidence_level: 1.5\n", DiagnosticCodes.Spec.InvalidValue, 2, 19, null },
        { "data: {path: d.csv}\nsynthetic: maybe\n", DiagnosticCodes.Spec.WrongType, 2, 12, null },
        { "data: [d.csv]\n", DiagnosticCodes.Spec.WrongType, 1, 7, null },
        { "data: {path: d.csv, on_bad_cell: skip}\n", DiagnosticCodes.Spec.InvalidValue, 1, 34, null },
        { "data: {path: d.csv, types: {afp: numeric}}\n", DiagnosticCodes.Spec.InvalidValue, 1, 34, null },
        { "data: {path: d.csv}\n" + Endpoints + "analyses:\n  - id: a\n    kind: km\n    endpoint: os\n  - id: a\n    kind: km\n    endpoint: os\n",
            DiagnosticCodes.Spec.DuplicateId, 8, 9, null },
        { "data: {path: d.csv}\n" + Endpoints + "analyses:\n  - id: a\n    kind: km\n    endpoint: oss\n", DiagnosticCodes.Spec.UnknownEndpoint, 7, 15, "os" },
        { "data: {path: d.csv}\nanalyses:\n  - id: a\n    kind: kaplan\n", DiagnosticCodes.Spec.UnknownKind, 4, 11, null },
        { "data: {path: d.csv}\nanalyses:\n  - id: a\n", DiagnosticCodes.Spec.MissingKey, 3, 5, null },
        { "data: {path: d.csv}\n" + Endpoints + "analyses:\n  - id: a\n    kind: km\n    endpoint: os\n    ci: loglog\n", DiagnosticCodes.Spec.InvalidValue, 8, 9, "log-log" },
        { "data: {path: d.csv}\n" + Endpoints + "analyses:\n  - id: a\n    kind: km\n    endpoint: os\n    covariates: [x]\n", DiagnosticCodes.Spec.UnknownKey, 8, 5, null },
        { "data: {path: d.csv}\n" + Endpoints + "analyses:\n  - id: c\n    kind: cox\n    endpoint: os\n    covariate: [x]\n", DiagnosticCodes.Spec.UnknownKey, 8, 5, "covariates" },
        { "data: {path: d.csv}\n" + Endpoints + "analyses:\n  - id: c\n    kind: cox\n    endpoint: os\n    covariates: [x]\n    select: {method: stepwize}\n",
            DiagnosticCodes.Spec.InvalidValue, 9, 22, "stepwise" },
        { "data: {path: d.csv}\nanalyses:\n  - id: l\n    kind: logistic\n    covariates: [x]\n", DiagnosticCodes.Spec.MissingKey, 3, 5, null },
        { "data: {path: d.csv}\ncohort:\n  steps:\n    - label: x\n      when: a == 1\n      split: b\n", DiagnosticCodes.Spec.Conflict, 4, 7, null },
        { "data: {path: d.csv}\ncohort:\n  include:\n    - criterion: adult\n", DiagnosticCodes.Spec.MissingKey, 4, 7, null },
        { "data: {path: d.csv}\nendpoints:\n  os: {time: {from: a, to: b, unit: fortnights}, event: e}\n", DiagnosticCodes.Spec.InvalidValue, 3, 37, null },
        { "data: {path: d.csv}\nendpoints:\n  os: {time: t}\n", DiagnosticCodes.Spec.MissingKey, 3, 7, null },
        { "data: {path: d.csv}\nexpect:\n  - path: flow.screened\n    printed: \"634\"\n    rounding: decimal:1\n", DiagnosticCodes.Spec.InvalidValue, 5, 15, null },
        { "data: {path: d.csv}\ntitle: [unclosed\n", DiagnosticCodes.Spec.YamlSyntax, 2, 8, null },
        { "data:\n  path: d.csv\n   id: x\n", DiagnosticCodes.Spec.YamlSyntax, 3, 6, null },
        { "- just\n- a list\n", DiagnosticCodes.Spec.WrongType, 1, 1, null },
        { "data: {path: d.csv}\nendpoints:\n  os: {time: t, event: e}\n  os: {time: u, event: e}\n", DiagnosticCodes.Spec.DuplicateId, 4, 3, null },
    };

    [Theory]
    [MemberData(nameof(ProblemTable))]
    public void Reports_problem_with_its_position(string yaml, string code, int line, int column, string? suggestion)
    {
        var diagnostic = Fixture.Single(Problems(yaml), code);
        var at = Assert.IsType<SpecLocation>(diagnostic.Location);
        Assert.Equal((line, column), (at.Line, at.Column));
        Assert.Equal("spec.yaml", at.File);
        if (suggestion is not null)
            Assert.Contains($"'{suggestion}'", diagnostic.Suggestion ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Collects_every_problem_instead_of_stopping_at_the_first()
    {
        var diagnostics = Problems("titel: x\ndata: {path: d.csv, separator: '|||'}\nstyle: fancy\nanalyses:\n  - kind: km\n");
        Assert.Equal(
            [DiagnosticCodes.Spec.InvalidValue, DiagnosticCodes.Spec.InvalidValue, DiagnosticCodes.Spec.MissingKey, DiagnosticCodes.Spec.MissingKey, DiagnosticCodes.Spec.UnknownKey],
            diagnostics.Items.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_throws_spec_exception_with_all_errors()
    {
        using var folder = new SpecFolder();
        var path = folder.Write("s.yaml", "data: {path: d.csv}\nstyle: fancy\npage_size: a5\n");
        var exception = Assert.Throws<SpecException>(() => SpecLoader.Load(path));
        Assert.Equal(2, exception.Diagnostics.Count);
        Assert.All(exception.Diagnostics, d => Assert.Equal(path, d.Location!.File));
    }

    [Fact]
    public void Missing_spec_file_is_a_diagnostic()
    {
        var exception = Assert.Throws<SpecException>(() => SpecLoader.Load("/no/such/spec.yaml"));
        Assert.Equal(DiagnosticCodes.Spec.FileNotFound, Assert.Single(exception.Diagnostics).Code);
    }

    private const string FullSpec = """
        title: Lenvatinib resistance
        subtitle: Two centres
        time_unit: months
        compat: spss
        confidence_level: 0.9
        style: lancet
        page_size: letter
        template: templates/my.html.sbn
        font: Noto Sans CJK SC
        suppress_below: 5
        synthetic: true
        data_note: Synthetic data
        data:
          path: data/cohort.csv
          sheet: Sheet1
          id: patient_id
          separator: ";"
          missing: ["", "NA", "-"]
          date_format: dd.MM.yyyy
          types: {afp: number, start: date, sex: categorical, note: text, flag: boolean}
          on_bad_cell: missing
          labels:
            sex: {1: Male, 2: Female}
        variables:
          afp_gt400: {label: "AFP > 400 ng/mL"}
          resistance: {label: Type of resistance, reference: Secondary}
          age: Age in years
        derive:
          afp_gt400: afp > 400
          age_group: cut(age, [50], ["<=50", ">50"])
        cohort:
          screened: Patients treated
          include:
            - criterion: Child-Pugh A or B
              when: child_pugh != 'C'
          exclude:
            - reason: Other primary tumour
              when: other_tumour == 1
          included: Patients meeting the criteria
          groups: resistance
          steps:
            - label: Second-line treatment
              when: not missing(second_line_start)
            - label: Regimen
              split: regimen
        endpoints:
          os: {label: Overall survival, time: {from: start, to: last_contact, unit: years}, event: dead}
          pfs: {time: pfs_months, event: progressed}
          pfs2: {time: {from: start, to: progression}, event: progressed}
        analyses:
          - id: km_os
            kind: km
            title: OS by resistance
            caption: Under the figure
            endpoint: os
            by: resistance
            where: "not missing(second_line_start)"
            at: [12, 24, 36]
            ci: log-log
            follow_up: true
            rmst: 36
            test: {method: peto-peto, strata: centre}
            breaks: 6
            figure: {bands: true, median_lines: true, cumulative: false, percent: true, xmax: 48}
          - id: cox_os
            kind: cox
            endpoint: os
            covariates: [resistance, age]
            ties: breslow
            strata: [centre]
            reference: {resistance: Secondary}
            ph_test: true
            select: {screen_p: 0.05, method: stepwise, entry_p: 0.05, removal_p: 0.1, entry_test: score, removal_test: wald}
          - id: logit
            kind: logistic
            outcome: resistance == 'Primary'
            covariates: [afp_gt400]
            interval: profile
          - id: table1
            kind: baseline
            by: resistance
            rows: [age, sex]
            effect: odds_ratio
            overall: true
            continuous: mean_sd
            continuous_test: t
          - id: forest
            kind: subgroup
            endpoint: os
            by: regimen
            reference: TKI
            subgroups: [resistance]
        expect:
          - path: flow.screened
            printed: 634
            source: Figure 1
          - path: analyses.km_os.groups[0].median
            printed: "11.0"
            rounding: decimals:1
        """;

    [Fact]
    public void Reads_every_key_of_the_vocabulary()
    {
        var spec = SpecLoader.Parse(FullSpec, "/studies/hcc/spec.yaml");
        Assert.Equal(("Lenvatinib resistance", "Two centres", CompatMode.Spss, 0.9, NumberStyle.Lancet, PageSize.Letter),
            (spec.Title, spec.Subtitle, spec.Compat, spec.ConfidenceLevel, spec.Style, spec.PageSize));
        Assert.Equal("/studies/hcc/templates/my.html.sbn", spec.Template);
        Assert.Equal((5, true, "Noto Sans CJK SC"), (spec.SuppressBelow, spec.Synthetic, spec.Font));

        var data = spec.Data;
        Assert.Equal("/studies/hcc/data/cohort.csv", data.Path);
        Assert.Equal(("Sheet1", "patient_id", ';', "dd.MM.yyyy", BadCellPolicy.Missing), (data.Sheet, data.Id!.Name, data.Separator!.Value, data.DateFormat, data.OnBadCell));
        Assert.Equal(["", "NA", "-"], data.Missing);
        Assert.Equal([ColumnType.Number, ColumnType.Date, ColumnType.Categorical, ColumnType.Text, ColumnType.Boolean], data.Types.Select(t => t.Type));
        Assert.Equal([new ValueLabel("1", "Male"), new ValueLabel("2", "Female")], data.Labels.Single().Labels);

        Assert.Equal("Secondary", spec.FindVariable("resistance")!.Reference);
        Assert.Equal("Age in years", spec.LabelOf("age"));
        Assert.Equal(["afp_gt400", "age_group"], spec.Derive.Select(d => d.Name.Name));
        Assert.Equal("cut(age, [50], [\"<=50\", \">50\"])", spec.Derive[1].Expression.Text);

        var cohort = spec.Cohort!;
        Assert.Equal(("Patients treated", "Patients meeting the criteria", "resistance"), (cohort.ScreenedLabel, cohort.IncludedLabel, cohort.Groups!.Name));
        Assert.Equal("child_pugh != 'C'", cohort.Include.Single().When.Text);
        Assert.Equal([FlowStepKind.Subset, FlowStepKind.Split], cohort.Steps.Select(s => s.Kind));
        Assert.Equal("regimen", cohort.Steps[1].Split!.Name);

        var os = spec.FindEndpoint("os")!;
        Assert.Equal(("start", "last_contact", TimeUnit.Years), (os.Time.From!.Name, os.Time.To!.Name, os.Time.Unit!.Value));
        Assert.Equal("pfs_months", spec.FindEndpoint("pfs")!.Time.Expression!.Text);
        Assert.Equal(TimeUnit.Months, spec.FindEndpoint("pfs2")!.Time.Unit);

        var km = Assert.IsType<KaplanMeierSpec>(spec.Analyses[0]);
        Assert.Equal([12.0, 24, 36], km.At);
        Assert.Equal((ConfidenceIntervalType.LogLog, true, 36.0, SurvivalTest.PetoPeto, "centre", 6.0),
            (km.Ci, km.FollowUp, km.Rmst!.Value, km.Test, km.TestStrata!.Name, km.Breaks!.Value));
        Assert.Equal(new KaplanMeierFigureSpec { Bands = true, MedianLines = true, Percent = true, XMax = 48 }, km.Figure);
        Assert.Equal("not missing(second_line_start)", km.Where!.Text);
        // The expression's location is just inside its quotes: four spaces, "where: " and the quote put it at column 13.
        var line = Array.FindIndex(FullSpec.Split('\n'), l => l.Contains("where: \"not", StringComparison.Ordinal)) + 1;
        Assert.Equal((line, 13), (km.Where.Location.Line, km.Where.Location.Column));

        var cox = Assert.IsType<CoxSpec>(spec.Analyses[1]);
        Assert.Equal((TiesMethod.Breslow, true, "Secondary"), (cox.Ties!.Value, cox.PhTest, cox.Reference.Single().Level));
        Assert.Equal(new SelectionSpec { ScreenP = 0.05, Method = SelectionMethod.Stepwise, EntryP = 0.05, RemovalP = 0.1, RemovalTest = RemovalTest.Wald, Location = cox.Select!.Location }, cox.Select);
        var logit = Assert.IsType<LogisticSpec>(spec.Analyses[2]);
        Assert.Equal(("resistance == 'Primary'", LogisticInterval.Profile), (logit.Outcome.Text, logit.Interval));
        var table = Assert.IsType<BaselineSpec>(spec.Analyses[3]);
        Assert.Equal((BaselineEffect.OddsRatio, true, ContinuousSummary.MeanSd, ContinuousTest.T), (table.Effect, table.Overall, table.Continuous, table.ContinuousTest!.Value));
        var forest = Assert.IsType<SubgroupSpec>(spec.Analyses[4]);
        Assert.Equal(("regimen", "TKI", "resistance"), (forest.By.Name, forest.Reference, forest.Subgroups.Single().Name));

        Assert.Equal(("634", null, "Figure 1"), (spec.Expect[0].Printed, spec.Expect[0].Rounding, spec.Expect[0].Source));
        Assert.Equal(("11.0", "decimals:1"), (spec.Expect[1].Printed, spec.Expect[1].Rounding));
    }

    [Fact]
    public void Defaults_follow_the_contract()
    {
        var spec = SpecLoader.Parse("data: {path: cohort.csv}\n", "/x/my-study.yaml");
        Assert.Equal(("my-study", "months", CompatMode.R, 0.95), (spec.Title, spec.TimeUnit, spec.Compat, spec.ConfidenceLevel));
        Assert.Equal(["", "NA", "."], spec.Data.Missing);
        Assert.Null(spec.Data.Separator);
        Assert.Null(spec.Cohort);
    }
}
