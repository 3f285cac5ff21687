using FsCheck.Xunit;
using HccReport.Core.Cohort;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Expressions;
using HccReport.Core.Spec;

namespace HccReport.Core.Tests.Properties;

/// <summary>
/// The flow adds up for any data and any rules: screened = included + every exclusion; each row is counted exactly
/// once, under the first inclusion criterion it fails, else the first exclusion reason it meets, else a missing group;
/// the groups share out the included rows, and each flow step's kept and not-meeting rows share out its group.
/// </summary>
public class CohortFlowProperties
{
    private static CriterionSpec Criterion(string when, int k) => new($"rule {k}", Fixture.Expr(when), Fixture.SpecAt);

    [Property(Arbitrary = [typeof(CohortArbitraries)], MaxTest = 150, EndSize = 30)]
    public bool TheFlowAddsUpAndCountsEachRowUnderItsFirstReason(CohortCase c)
    {
        var data = Fixture.Read(c.Csv);
        var spec = new CohortSpec
        {
            Include = [.. c.Include.Select(Criterion)],
            Exclude = [.. c.Exclude.Select(Criterion)],
            Groups = c.Groups ? new SpecName("grp", Fixture.SpecAt) : null,
            Steps = c.Step is null ? [] : [new FlowStepSpec { Label = "step", Kind = FlowStepKind.Subset, When = Fixture.Expr(c.Step), Location = Fixture.SpecAt }],
            Location = Fixture.SpecAt,
        };
        var cohort = CohortBuilder.TryBuild(data, spec, new DiagnosticBag());
        Assert.NotNull(cohort); // every condition compiles against these columns; an empty cohort is still a flow

        var n = data.RowCount;
        var met = c.Include.Select(w => Evaluate(w, data)).ToArray();
        var applies = c.Exclude.Select(w => Evaluate(w, data)).ToArray();
        var groupMissing = Enumerable.Range(0, n).Select(i => c.Groups && data["grp"].IsMissing(i)).ToArray();

        // The reason each row must be counted under: index into the full list of reasons, -1 for included.
        int Expected(int row)
        {
            for (var k = 0; k < met.Length; k++) if (!met[k][row]) return k;
            for (var k = 0; k < applies.Length; k++) if (applies[k][row]) return met.Length + k;
            return groupMissing[row] ? met.Length + applies.Length : -1;
        }

        var actual = Enumerable.Repeat(-2, n).ToArray();
        foreach (var row in cohort!.IncludedRows) actual[row] = actual[row] == -2 ? -1 : -3;
        var reasons = cohort.Excluded.ToList();
        for (var k = 0; k < reasons.Count; k++)
        {
            var index = reasons[k].Kind switch
            {
                ExclusionKind.Inclusion => k,
                ExclusionKind.Exclusion => k,
                _ => met.Length + applies.Length,
            };
            foreach (var row in reasons[k].Rows) actual[row] = actual[row] == -2 ? index : -3;
        }

        var steps = cohort.Steps.SelectMany(s => s.Groups).ToList();
        var groupSizes = cohort.Groups.ToDictionary(g => g.Level, g => g.N);
        return cohort.Screened == n
            && cohort.Screened == cohort.Included + cohort.Excluded.Sum(e => e.N)
            && cohort.Groups.Sum(g => g.N) == cohort.Included
            && Enumerable.Range(0, n).All(row => actual[row] == Expected(row))
            && steps.All(s => s.N + s.NotMeeting == groupSizes[s.Group]);
    }

    private static bool[] Evaluate(string condition, Dataset data) =>
        ExpressionCompiler.Compile(Fixture.Expr(condition), data).EvaluateCondition(data);
}
