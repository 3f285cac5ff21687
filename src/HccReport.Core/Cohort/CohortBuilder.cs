using System.Collections.Immutable;
using System.Globalization;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Expressions;
using HccReport.Core.Spec;

namespace HccReport.Core.Cohort;

/// <summary>
/// Applies a spec's cohort rules to a data set: ordered inclusion criteria, then ordered exclusion reasons, each row
/// counted under the first it fails or meets (a missing condition value counts as false: an inclusion criterion is
/// not met, an exclusion reason does not apply); rows missing the group column are set aside under a reason of
/// their own; then the steps within each group.
/// </summary>
public static class CohortBuilder
{
    /// <summary>Builds the flow; every problem is thrown together.</summary>
    /// <exception cref="SpecException">A condition or column is wrong, or no row is included.</exception>
    public static CohortResult Build(Dataset data, CohortSpec? spec, Func<string, string>? labelOf = null)
    {
        var diagnostics = new DiagnosticBag();
        var result = TryBuild(data, spec, diagnostics, labelOf);
        diagnostics.ThrowIfErrors();
        return result!;
    }

    /// <summary>Builds the flow, adding problems to <paramref name="diagnostics"/>.</summary>
    /// <param name="data">The data with its derived variables.</param>
    /// <param name="spec">The cohort rules; null includes every row.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    /// <param name="labelOf">Display label of a variable (for "Missing &lt;label&gt;"); default the name.</param>
    /// <returns>The flow, or null when a condition or column is wrong.</returns>
    public static CohortResult? TryBuild(Dataset data, CohortSpec? spec, DiagnosticBag diagnostics, Func<string, string>? labelOf = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        labelOf ??= name => name;
        var n = data.RowCount;
        var errorsBefore = diagnostics.ErrorCount;
        var include = (spec?.Include ?? []).Select(c => (c, ExpressionCompiler.TryCompileCondition(c.When, data, diagnostics))).ToArray();
        var exclude = (spec?.Exclude ?? []).Select(c => (c, ExpressionCompiler.TryCompileCondition(c.When, data, diagnostics))).ToArray();
        Column? groupColumn = null;
        if (spec?.Groups is { } groups)
        {
            groupColumn = data.Find(groups.Name);
            if (groupColumn is null)
                diagnostics.Add(DiagnosticCatalog.UnknownVariable(groups.Location, groups.Name, data.Columns.Select(c => c.Name)));
        }
        var steps = (spec?.Steps ?? []).Select(s => (s, s.When is null ? null : ExpressionCompiler.TryCompileCondition(s.When, data, diagnostics))).ToArray();
        foreach (var (step, _) in steps)
        {
            if (step.Split is { } split && !data.Contains(split.Name))
                diagnostics.Add(DiagnosticCatalog.UnknownVariable(split.Location, split.Name, data.Columns.Select(c => c.Name)));
        }
        if (diagnostics.ErrorCount > errorsBefore)
            return null;

        // -1: still in; k >= 0: set aside under reason k (inclusion criteria first, then exclusion reasons).
        var reasonOf = new int[n];
        Array.Fill(reasonOf, -1);
        var reasons = new List<(string Label, string Reason, ExclusionKind Kind)>();
        foreach (var (criterion, condition) in include)
        {
            var met = condition!.EvaluateCondition(data);
            var k = reasons.Count;
            reasons.Add((criterion.Label, "not meeting: " + criterion.Label, ExclusionKind.Inclusion));
            for (var i = 0; i < n; i++)
            {
                if (reasonOf[i] < 0 && !met[i])
                    reasonOf[i] = k;
            }
        }
        foreach (var (reason, condition) in exclude)
        {
            var applies = condition!.EvaluateCondition(data);
            var k = reasons.Count;
            reasons.Add((reason.Label, reason.Label, ExclusionKind.Exclusion));
            for (var i = 0; i < n; i++)
            {
                if (reasonOf[i] < 0 && applies[i])
                    reasonOf[i] = k;
            }
        }
        string[] levels = ["All"];
        int[]? codes = null;
        if (groupColumn is not null)
        {
            (levels, codes) = ColumnLevels.Of(groupColumn);
            var k = reasons.Count;
            var label = "Missing " + labelOf(groupColumn.Name);
            reasons.Add((label, label, ExclusionKind.MissingGroup));
            for (var i = 0; i < n; i++)
            {
                if (reasonOf[i] < 0 && codes[i] < 0)
                    reasonOf[i] = k;
            }
        }

        var excludedRows = reasons.Select(_ => ImmutableArray.CreateBuilder<int>()).ToArray();
        var included = ImmutableArray.CreateBuilder<int>();
        var groupRows = levels.Select(_ => ImmutableArray.CreateBuilder<int>()).ToArray();
        for (var i = 0; i < n; i++)
        {
            if (reasonOf[i] >= 0)
            {
                excludedRows[reasonOf[i]].Add(i);
                continue;
            }
            included.Add(i);
            groupRows[codes is null ? 0 : codes[i]].Add(i);
        }
        var excluded = reasons.Select((r, k) => new CohortExclusion
        {
            Label = r.Label, Reason = r.Reason, Kind = r.Kind, Rows = excludedRows[k].ToImmutable(),
        }).Where(e => e.Kind != ExclusionKind.MissingGroup || e.N > 0).ToArray();
        var groupList = levels.Select((level, k) => new CohortGroup { Level = level, Rows = groupRows[k].ToImmutable() }).ToArray();

        var result = new CohortResult
        {
            Screened = n,
            ScreenedLabel = spec?.ScreenedLabel,
            Excluded = excluded,
            IncludedRows = included.ToImmutable(),
            IncludedLabel = spec?.IncludedLabel,
            GroupVariable = groupColumn?.Name,
            Groups = groupList,
            Steps = BuildSteps(data, steps, groupList),
        };
        if (result.Screened != result.Included + excluded.Sum(e => e.N) || result.Included != groupList.Sum(g => g.N))
            throw new InvalidOperationException("The cohort flow does not add up; this is a bug in HccReport.");
        var at = spec?.Location ?? new SpecLocation(data.File, 1, 1);
        if (result.Included == 0)
        {
            // Which rule took the rows tells the author which condition to look at.
            var breakdown = string.Join(", ", excluded.Where(e => e.N > 0)
                .Select(e => string.Create(CultureInfo.InvariantCulture, $"'{DiagnosticCatalog.Shorten(e.Reason)}' {e.N}")));
            diagnostics.Add(DiagnosticCatalog.CohortEmpty(at, n, n == 0 ? "the data have no rows" : "set aside: " + breakdown));
        }
        else if (groupColumn is not null)
        {
            foreach (var group in groupList.Where(g => g.N == 0))
                diagnostics.Add(DiagnosticCatalog.EmptyGroup(spec!.Groups!.Location, groupColumn.Name, group.Level));
        }
        return result;
    }

    private static List<CohortStep> BuildSteps(Dataset data, (FlowStepSpec Step, CompiledExpression? When)[] steps, CohortGroup[] groups)
    {
        var current = groups.Select(g => g.Rows).ToArray();
        var result = new List<CohortStep>();
        foreach (var (step, when) in steps)
        {
            var perGroup = new List<CohortStepGroup>();
            if (when is not null)
            {
                var met = when.EvaluateCondition(data);
                for (var g = 0; g < groups.Length; g++)
                {
                    var kept = current[g].Where(i => met[i]).ToImmutableArray();
                    perGroup.Add(new CohortStepGroup { Group = groups[g].Level, Rows = kept, NotMeeting = current[g].Length - kept.Length });
                    current[g] = kept;
                }
            }
            else
            {
                var (levels, codes) = ColumnLevels.Of(data[step.Split!.Name]);
                for (var g = 0; g < groups.Length; g++)
                {
                    var byLevel = levels.Select((level, k) => new CohortGroup
                    {
                        Level = level, Rows = current[g].Where(i => codes[i] == k).ToImmutableArray(),
                    }).ToList();
                    var missing = current[g].Where(i => codes[i] < 0).ToImmutableArray();
                    if (missing.Length > 0)
                        byLevel.Add(new CohortGroup { Level = "Missing", Rows = missing });
                    perGroup.Add(new CohortStepGroup { Group = groups[g].Level, Rows = current[g], Levels = byLevel });
                }
            }
            result.Add(new CohortStep
            {
                Label = step.Label, Kind = step.Kind, Variable = step.Split?.Name, Condition = step.When?.Text, Groups = perGroup,
            });
        }
        return result;
    }
}
