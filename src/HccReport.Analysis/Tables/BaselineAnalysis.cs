using HccReport.Core;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;
using HccReport.Results;
using HccReport.Statistics.Descriptive;
using HccReport.Statistics.Regression;
using HccReport.Statistics.Tests;
using StatContinuousSummary = HccReport.Results.ContinuousSummary;

namespace HccReport.Analysis.Tables;

/// <summary>
/// <c>kind: baseline</c>: a "Table 1" of n (%) per group for binary and categorical rows and a summary per group
/// for continuous rows, with the contract's tests: Pearson's chi-square without continuity correction, or
/// Fisher's exact test when an expected count is below 5; Wilcoxon or Kruskal-Wallis (t or ANOVA on request)
/// for continuous rows; optionally each binary row's univariate odds ratio of belonging to the first group.
/// </summary>
internal static class BaselineAnalysis
{
    public static BaselineResult? Run(AnalysisInput input, AnalysisContext context, DiagnosticBag diagnostics)
    {
        var spec = (BaselineSpec)input.Spec;
        var data = context.Study.Data;
        string[] levels = ["All"];
        var groupOf = new int[data.RowCount];
        if (spec.By is { } by)
            (levels, groupOf) = ColumnLevels.Of(data[by.Name]);
        var rows = input.Rows.Where(r => groupOf[r] >= 0).ToArray();
        if (rows.Length == 0)
        {
            diagnostics.Add(DiagnosticCatalog.AnalysisNoRows(spec.Location, spec.Id.Name, $"every row lacks {spec.By!.Name}"));
            return null;
        }
        // Groups without a patient would be empty columns: they are left out of the table.
        var present = Enumerable.Range(0, levels.Length).Where(g => rows.Any(r => groupOf[r] == g)).ToArray();
        var column = new int[levels.Length];
        Array.Fill(column, -1);
        for (var k = 0; k < present.Length; k++) column[present[k]] = k;
        var groupRows = present.Select(g => rows.Where(r => groupOf[r] == g).ToArray()).ToArray();

        var tableRows = new List<BaselineRow>();
        var notes = new List<string>();
        foreach (var variable in spec.Rows)
        {
            var row = Row(data[variable.Name], context, spec, groupRows, notes, diagnostics);
            if (row is null) return null;
            tableRows.Add(row);
        }

        return new BaselineResult
        {
            Id = spec.Id.Name,
            Title = spec.Title ?? (spec.By is null ? "Baseline characteristics" : $"Baseline characteristics by {context.LabelOf(spec.By.Name)}"),
            Caption = spec.Caption,
            Where = spec.Where?.Text,
            RowsMissing = input.Rows.Length - rows.Length,
            Notes = notes,
            By = spec.By?.Name ?? "",
            Groups = present.Select((g, k) => new FlowGroup { Level = levels[g], N = groupRows[k].Length }).ToArray(),
            Overall = rows.Length,
            ShowOverall = spec.Overall || spec.By is null,
            Effect = spec.Effect == BaselineEffect.OddsRatio ? "odds_ratio" : null,
            ContinuousSummary = spec.Continuous == Core.Spec.ContinuousSummary.MeanSd ? "mean_sd" : "median_iqr",
            Rows = tableRows,
        };
    }

    private static BaselineRow? Row(Column column, AnalysisContext context, BaselineSpec spec, int[][] groups,
        List<string> notes, DiagnosticBag diagnostics)
    {
        var label = context.LabelOf(column.Name);
        var missing = groups.Select(g => g.Count(column.IsMissing)).ToArray();
        switch (column)
        {
            case BooleanColumn or NumericColumn { IsBinary: true }:
                return Binary(column, label, context, spec, groups, missing, notes);
            case CategoricalColumn categorical:
                return Categorical(categorical, label, groups, missing, notes);
            case NumericColumn numbers:
                return Continuous(numbers, label, spec, groups, missing, notes);
            default:
                diagnostics.Add(DiagnosticCatalog.AnalysisUnusableVariable(spec.Location, spec.Id.Name, column.Name,
                    $"a baseline row must be binary, categorical or numeric, not a {column.Kind.ToString().ToLowerInvariant()} column",
                    "derive a number or a category from it."));
                return null;
        }
    }

    private static bool IsYes(Column column, int row) => column switch
    {
        BooleanColumn flags => flags[row] == true,
        NumericColumn numbers => numbers[row] == 1,
        _ => false,
    };

    private static BaselineRow Binary(Column column, string label, AnalysisContext context, BaselineSpec spec, int[][] groups,
        int[] missing, List<string> notes)
    {
        var yes = groups.Select(g => g.Count(r => !column.IsMissing(r) && IsYes(column, r))).ToArray();
        var observed = groups.Select((g, k) => g.Length - missing[k]).ToArray();
        var table = new int[2, groups.Length];
        for (var k = 0; k < groups.Length; k++)
        {
            table[0, k] = yes[k];
            table[1, k] = observed[k] - yes[k];
        }
        var (test, statistic, df, p) = CountTest(table, label, notes);
        double? or = null, lower = null, upper = null, orP = null;
        if (spec.Effect == BaselineEffect.OddsRatio && groups.Length >= 2)
            (or, lower, upper, orP) = OddsRatioOfFirstGroup(column, groups, context);
        var overallYes = yes.Sum();
        var overallObserved = observed.Sum();
        return new BaselineRow
        {
            Variable = column.Name,
            Label = label,
            Type = "binary",
            Test = test,
            Statistic = statistic,
            Df = df,
            P = p,
            Levels =
            [
                new BaselineLevel
                {
                    Level = "Yes",
                    Counts = yes,
                    Percents = yes.Select((c, k) => Percent(c, observed[k])).ToArray(),
                    Overall = overallYes,
                    OverallPercent = Percent(overallYes, overallObserved),
                },
            ],
            Missing = missing,
            Or = or,
            Lower = lower,
            Upper = upper,
            OrP = orP,
            Smd = groups.Length == 2 && observed[0] > 0 && observed[1] > 0
                ? StandardisedMeanDifference.Binary((double)yes[0] / observed[0], (double)yes[1] / observed[1])
                : null,
        };
    }

    private static BaselineRow Categorical(CategoricalColumn column, string label, int[][] groups, int[] missing, List<string> notes)
    {
        var perGroup = groups.Select(g => column.CountLevels(g)).ToArray();
        var shown = Enumerable.Range(0, column.Levels.Count).Where(l => perGroup.Any(c => c[l] > 0)).ToArray();
        var table = new int[shown.Length, groups.Length];
        for (var i = 0; i < shown.Length; i++)
            for (var k = 0; k < groups.Length; k++)
                table[i, k] = perGroup[k][shown[i]];
        var observed = groups.Select((g, k) => g.Length - missing[k]).ToArray();
        var (test, statistic, df, p) = CountTest(table, label, notes);
        return new BaselineRow
        {
            Variable = column.Name,
            Label = label,
            Type = "categorical",
            Test = test,
            Statistic = statistic,
            Df = df,
            P = p,
            Levels = shown.Select((l, i) =>
            {
                var counts = Enumerable.Range(0, groups.Length).Select(k => table[i, k]).ToArray();
                return new BaselineLevel
                {
                    Level = column.Levels[l],
                    Counts = counts,
                    Percents = counts.Select((c, k) => Percent(c, observed[k])).ToArray(),
                    Overall = counts.Sum(),
                    OverallPercent = Percent(counts.Sum(), observed.Sum()),
                };
            }).ToArray(),
            Missing = missing,
        };
    }

    private static BaselineRow Continuous(NumericColumn column, string label, BaselineSpec spec, int[][] groups, int[] missing,
        List<string> notes)
    {
        var values = groups.Select(g => g.Where(r => !column.IsMissing(r)).Select(r => column[r]).ToArray()).ToArray();
        string? test = null;
        double? statistic = null, df = null, p = null;
        // As for counts, a group in which the row was never recorded takes no part in the test; the others are compared.
        var recorded = values.Where(v => v.Length > 0).ToArray();
        if (recorded.Length >= 2)
        {
            var wanted = spec.ContinuousTest;
            var parametric = wanted is Core.Spec.ContinuousTest.T or Core.Spec.ContinuousTest.Anova;
            if (groups.Length == 2 && !parametric)
            {
                var w = WilcoxonRankSum.Test(values[0], values[1]);
                (test, statistic, p) = ("wilcoxon", w.W, w.P);
            }
            else if (groups.Length == 2 && values.Any(v => v.Length < 2))
            {
                // As R's t.test ("not enough observations"): a variance needs two values in each group.
                notes.Add($"{label}: the t test needs at least two values in each group, so no test is shown.");
            }
            else if (groups.Length == 2)
            {
                var t = WelchTTest.Test(values[0], values[1]);
                (test, statistic, df, p) = ("t", t.T, t.DegreesOfFreedom, t.P);
            }
            else if (!parametric)
            {
                var k = KruskalWallis.Test(recorded);
                (test, statistic, df, p) = ("kruskal", k.Statistic, k.DegreesOfFreedom, k.P);
            }
            else if (recorded.Sum(v => v.Length) <= recorded.Length)
            {
                notes.Add($"{label}: analysis of variance needs more values than groups, so no test is shown.");
            }
            else
            {
                var a = OneWayAnova.Test(recorded);
                (test, statistic, df, p) = ("anova", a.F, a.DegreesOfFreedomBetween, a.P);
            }
        }
        var all = values.SelectMany(v => v).ToArray();
        return new BaselineRow
        {
            Variable = column.Name,
            Label = label,
            Type = "continuous",
            Test = test,
            Statistic = statistic,
            Df = df,
            P = p,
            Summaries = values.Select(Summary).ToArray(),
            OverallSummary = Summary(all),
            Missing = missing,
            // Each group's standard deviation needs two values.
            Smd = groups.Length == 2 && values.All(v => v.Length >= 2) ? StandardisedMeanDifference.Continuous(values[0], values[1]) : null,
        };
    }

    private static StatContinuousSummary Summary(double[] values)
    {
        if (values.Length == 0) return new StatContinuousSummary { N = 0 };
        var q = Quantiles.Type7(values, [0.25, 0.5, 0.75]);
        return new StatContinuousSummary
        {
            N = values.Length,
            Mean = SampleMoments.Mean(values),
            Sd = values.Length > 1 ? SampleMoments.StandardDeviation(values) : null,
            Median = q[1],
            Q1 = q[0],
            Q3 = q[2],
            Min = values.Min(),
            Max = values.Max(),
        };
    }

    /// <summary>Chi-square, or Fisher when an expected count is below 5 and the table is r x 2 or 2 x c.</summary>
    /// <remarks>
    /// Levels and groups without a count (a group in which the row was never recorded) are left out of the table
    /// tested: they hold no information, and their expected counts of 0 would otherwise force Fisher's test.
    /// </remarks>
    private static (string? Test, double? Statistic, double? Df, double? P) CountTest(int[,] counts, string label, List<string> notes)
    {
        var nonEmptyRows = Enumerable.Range(0, counts.GetLength(0)).Where(i => Enumerable.Range(0, counts.GetLength(1)).Any(k => counts[i, k] > 0)).ToArray();
        var nonEmptyColumns = Enumerable.Range(0, counts.GetLength(1)).Where(k => Enumerable.Range(0, counts.GetLength(0)).Any(i => counts[i, k] > 0)).ToArray();
        if (nonEmptyRows.Length < 2 || nonEmptyColumns.Length < 2) return (null, null, null, null);
        var table = new int[nonEmptyRows.Length, nonEmptyColumns.Length];
        for (var i = 0; i < nonEmptyRows.Length; i++)
            for (var k = 0; k < nonEmptyColumns.Length; k++)
                table[i, k] = counts[nonEmptyRows[i], nonEmptyColumns[k]];
        var chi = ChiSquareTest.Pearson(table);
        if (chi.MinimumExpected >= 5) return ("chisq", chi.Statistic, chi.DegreesOfFreedom, chi.P);
        if (table.GetLength(0) == 2 || table.GetLength(1) == 2)
            return ("fisher", null, null, FisherExactTest.TwoSided(table).P);
        notes.Add($"{label}: an expected count is below 5 in a table larger than r x 2, where Fisher's exact test is not available; Pearson's chi-square is shown.");
        return ("chisq", chi.Statistic, chi.DegreesOfFreedom, chi.P);
    }

    /// <summary>The univariate logistic odds ratio of belonging to the first group, for a binary row.</summary>
    private static (double? Or, double? Lower, double? Upper, double? P) OddsRatioOfFirstGroup(Column column, int[][] groups, AnalysisContext context)
    {
        var rows = groups.SelectMany((g, k) => g.Where(r => !column.IsMissing(r)).Select(r => (Row: r, First: k == 0))).ToArray();
        var x = new double[rows.Length, 1];
        for (var i = 0; i < rows.Length; i++) x[i, 0] = IsYes(column, rows[i].Row) ? 1 : 0;
        var y = rows.Select(r => r.First).ToArray();
        if (y.All(v => v) || y.All(v => !v) || rows.All(r => x[0, 0] == (IsYes(column, r.Row) ? 1 : 0)))
            return (null, null, null, null);
        var fit = LogisticRegression.Fit(y, x, [column.Name], new LogisticOptions
        {
            Convention = context.Compat == CompatMode.Spss ? LogisticConvention.Spss : LogisticConvention.R,
            ConfidenceLevel = context.ConfidenceLevel,
        });
        var term = fit.Terms[0];
        static double? Finite(double? v) => v is double d && double.IsFinite(d) ? d : null;
        return (Finite(term.OddsRatio), Finite(term.OddsRatioLower), Finite(term.OddsRatioUpper), term.P);
    }

    private static double? Percent(int count, int of) => of == 0 ? null : 100.0 * count / of;
}
