using System.Text;
using HccReport.Core.Cohort;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;

namespace HccReport.Core.Tests;

public class CohortTests
{
    private static CriterionSpec Criterion(string label, string when) => new(label, Fixture.Expr(when), Fixture.SpecAt);

    [Fact]
    public void Each_row_is_counted_under_its_first_reason()
    {
        // a: criterion 1, b: criterion 2, c: exclusion reason 1, d: exclusion reason 2.
        var data = Fixture.Read(
            "id,a,b,c,d,grp\n" +
            "1,0,0,1,1,X\n" +   // fails criteria 1 and 2, meets both reasons: criterion 1 only
            "2,1,0,1,0,X\n" +   // criterion 2
            "3,,1,0,0,X\n" +    // a missing: criterion 1 is not met
            "4,1,1,1,1,Y\n" +   // reason 1 only
            "5,1,1,0,1,Y\n" +   // reason 2
            "6,1,1,,0,Y\n" +    // c missing: reason 1 does not apply; included
            "7,1,1,0,0,\n" +    // included, but no group
            "8,1,1,0,0,X\n");   // included
        var spec = new CohortSpec
        {
            Include = [Criterion("a met", "a == 1"), Criterion("b met", "b == 1")],
            Exclude = [Criterion("c", "c == 1"), Criterion("d", "d == 1")],
            Groups = new SpecName("grp", Fixture.SpecAt),
            Location = Fixture.SpecAt,
        };
        var cohort = CohortBuilder.Build(data, spec);
        Assert.Equal(8, cohort.Screened);
        Assert.Equal(["not meeting: a met", "not meeting: b met", "c", "d", "Missing grp"], cohort.Excluded.Select(e => e.Reason));
        Assert.Equal([2, 1, 1, 1, 1], cohort.Excluded.Select(e => e.N));
        Assert.Equal([0, 2], cohort.Excluded[0].Rows.ToArray());
        Assert.Equal([ExclusionKind.Inclusion, ExclusionKind.Inclusion, ExclusionKind.Exclusion, ExclusionKind.Exclusion, ExclusionKind.MissingGroup],
            cohort.Excluded.Select(e => e.Kind));
        Assert.Equal([5, 7], cohort.IncludedRows.ToArray());
        Assert.Equal(cohort.Screened, cohort.Included + cohort.Excluded.Sum(e => e.N));
        Assert.Equal([("X", 1), ("Y", 1)], cohort.Groups.Select(g => (g.Level, g.N)));
    }

    [Fact]
    public void Without_cohort_rules_every_row_is_included_as_all()
    {
        var data = Fixture.Read("id,a\n1,2\n2,3\n");
        var cohort = CohortBuilder.Build(data, null);
        Assert.Equal((2, 2), (cohort.Screened, cohort.Included));
        Assert.Empty(cohort.Excluded);
        Assert.Equal("All", Assert.Single(cohort.Groups).Level);
    }

    [Fact]
    public void Empty_cohort_and_unknown_columns_are_diagnostics()
    {
        var data = Fixture.Read("id,a\n1,2\n2,3\n");
        var diagnostics = new DiagnosticBag();
        CohortBuilder.TryBuild(data, new CohortSpec { Include = [Criterion("big", "a > 5")], Location = Fixture.SpecAt }, diagnostics);
        Assert.Equal(DiagnosticCodes.Cohort.Empty, Assert.Single(diagnostics.Items).Code);

        diagnostics = new DiagnosticBag();
        Assert.Null(CohortBuilder.TryBuild(data, new CohortSpec
        {
            Include = [Criterion("x", "b > 5")], Groups = new SpecName("grup", Fixture.SpecAt), Location = Fixture.SpecAt,
        }, diagnostics));
        Assert.Equal([DiagnosticCodes.Expr.UnknownColumn, DiagnosticCodes.Spec.UnknownVariable], diagnostics.Items.Select(d => d.Code));
    }

    /// <summary>
    /// Figure 1 of the seed paper: 634 screened; seven exclusion reasons (7, 9, 10, 12, 14, 23, 28: 103 in all); 531
    /// included, 169 primary and 362 secondary resistance; second-line treatment 63 and 121; regimen 17 TKI + 46
    /// combination and 22 TKI + 99 combination. Some excluded patients meet two reasons and count under the first.
    /// </summary>
    [Fact]
    public void Reproduces_figure_1_of_the_seed_paper()
    {
        var csv = new StringBuilder("id,child_pugh,other_tumour,immune_mono,nonadherent,early_death,no_hbv_hcv,intolerant,no_follow_up,resistance,second_line_start,regimen\n");
        var id = 0;
        void Row(string child, int reason, string resistance, string? secondLine, string? regimen, int alsoReason = -1)
        {
            var flags = Enumerable.Range(0, 7).Select(k => k == reason || k == alsoReason ? "1" : "0");
            csv.Append(++id).Append(',').Append(child).Append(',').AppendJoin(',', flags)
               .Append(',').Append(resistance).Append(',').Append(secondLine ?? "").Append(',').Append(regimen ?? "NA").Append('\n');
        }
        int[] excluded = [7, 9, 10, 12, 14, 23, 28];
        for (var reason = 0; reason < excluded.Length; reason++)
        {
            for (var k = 0; k < excluded[reason]; k++)
                Row("A", reason, k % 2 == 0 ? "Primary" : "", null, null, alsoReason: k == 0 ? 6 : -1);
        }
        void Group(string resistance, int n, int tki, int combination)
        {
            for (var k = 0; k < n; k++)
            {
                var secondLine = k < tki + combination;
                Row(k % 3 == 0 ? "B" : "A", -1, resistance, secondLine ? "2021-05-01" : null, !secondLine ? null : k < tki ? "TKI" : "Combination");
            }
        }
        Group("Primary", 169, 17, 46);
        Group("Secondary", 362, 22, 99);
        var data = Fixture.Read(csv.ToString());

        var spec = new CohortSpec
        {
            ScreenedLabel = "Patients with HCC treated with first-line lenvatinib",
            Include = [Criterion("Child-Pugh class A or B", "child_pugh in ('A', 'B')")],
            Exclude =
            [
                Criterion("Other primary tumours", "other_tumour == 1"),
                Criterion("Immune monotherapy", "immune_mono == 1"),
                Criterion("Non-adherence to lenvatinib", "nonadherent == 1"),
                Criterion("Death within 1 month", "early_death == 1"),
                Criterion("Non-HBV/HCV infection", "no_hbv_hcv == 1"),
                Criterion("Intolerance", "intolerant == 1"),
                Criterion("Missing follow-up data", "no_follow_up == 1"),
            ],
            Groups = new SpecName("resistance", Fixture.SpecAt),
            Steps =
            [
                new FlowStepSpec { Label = "Second-line treatment", Kind = FlowStepKind.Subset, When = Fixture.Expr("not missing(second_line_start)"), Location = Fixture.SpecAt },
                new FlowStepSpec { Label = "Second-line regimen", Kind = FlowStepKind.Split, Split = new SpecName("regimen", Fixture.SpecAt), Location = Fixture.SpecAt },
            ],
            Location = Fixture.SpecAt,
        };
        var cohort = CohortBuilder.Build(data, spec);

        Assert.Equal(634, cohort.Screened);
        Assert.Equal([0, 7, 9, 10, 12, 14, 23, 28], cohort.Excluded.Select(e => e.N));
        Assert.Equal(103, cohort.Excluded.Sum(e => e.N));
        Assert.Equal(531, cohort.Included);
        Assert.Equal([("Primary", 169), ("Secondary", 362)], cohort.Groups.Select(g => (g.Level, g.N)));
        var secondLine = cohort.Steps[0];
        Assert.Equal([63, 121], secondLine.Groups.Select(g => g.N));
        Assert.Equal([106, 241], secondLine.Groups.Select(g => g.NotMeeting!.Value));
        var regimen = cohort.Steps[1];
        Assert.Equal("regimen", regimen.Variable);
        Assert.Equal([("Combination", 46), ("TKI", 17)], regimen.Groups[0].Levels.Select(l => (l.Level, l.N)));
        Assert.Equal([("Combination", 99), ("TKI", 22)], regimen.Groups[1].Levels.Select(l => (l.Level, l.N)));
    }

    [Fact]
    public void Split_counts_rows_missing_the_column()
    {
        var data = Fixture.Read("id,arm\n1,a\n2,\n3,b\n");
        var cohort = CohortBuilder.Build(data, new CohortSpec
        {
            Steps = [new FlowStepSpec { Label = "Arm", Kind = FlowStepKind.Split, Split = new SpecName("arm", Fixture.SpecAt), Location = Fixture.SpecAt }],
            Location = Fixture.SpecAt,
        });
        Assert.Equal([("a", 1), ("b", 1), ("Missing", 1)], cohort.Steps[0].Groups.Single().Levels.Select(l => (l.Level, l.N)));
    }
}
