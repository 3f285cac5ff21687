using System.Globalization;
using HccReport.Results;

namespace HccReport.Rendering.Figures;

/// <summary>
/// What a forest plot shows, gathered from a Cox, logistic or subgroup result: the rows in order, what the
/// ratio is called, and the optional texts around the axis.
/// </summary>
public sealed record ForestTable
{
    /// <summary>The rows, top to bottom.</summary>
    public required IReadOnlyList<ForestRow> Rows { get; init; }

    /// <summary>Axis title, e.g. <c>Hazard ratio</c>.</summary>
    public required string RatioName { get; init; }

    /// <summary>Short name in the column header, e.g. <c>HR</c> in "HR (95% CI)".</summary>
    public required string RatioAbbreviation { get; init; }

    /// <summary>Confidence level of the intervals, for the column header.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Header of the label column.</summary>
    public string LabelHeader { get; init; } = "Variable";

    /// <summary>Header of the P column.</summary>
    public string PHeader { get; init; } = "P";

    /// <summary>Under the axis left of 1, e.g. "Favours combination"; null for none.</summary>
    public string? FavoursBelow { get; init; }

    /// <summary>Under the axis right of 1, e.g. "Favours TKI"; null for none.</summary>
    public string? FavoursAbove { get; init; }

    /// <summary>A line under the plot, e.g. the model's n and events when every row shares them.</summary>
    public string? Note { get; init; }

    /// <summary>Header of the ratio column: "HR (95% CI)".</summary>
    public string IntervalHeader =>
        $"{RatioAbbreviation} ({(ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture)}% CI)";

    /// <summary>
    /// The hazard ratios of a Cox analysis. A categorical covariate with more than two levels becomes a
    /// heading, its reference level ("Reference") and one row per other level; other covariates are one row.
    /// When every term shares n and events (always so in a multivariable model) they go into <see cref="Note"/>.
    /// </summary>
    public static ForestTable FromCox(CoxResult result, ForestModel model, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var terms = model == ForestModel.Multivariable ? result.Multivariable?.Terms ?? [] : result.Univariate;
        var rows = TermRows(result.Covariates, terms.Select(t => (Term: (IRatioTerm)t, t.Variable, t.N, t.Events)).ToList());
        string? note = model == ForestModel.Multivariable && result.Multivariable is { } m
            ? $"Multivariable model: {options.CountPhrase(m.N)}, {options.FormatCount(m.Events)} events."
            : null;
        return SharedCountsToNote(new ForestTable
        {
            Rows = rows,
            RatioName = "Hazard ratio",
            RatioAbbreviation = "HR",
            ConfidenceLevel = result.ConfidenceLevel,
            Note = note,
        }, options, model == ForestModel.Univariate ? "Each covariate in its own model: " : null);
    }

    /// <summary>The odds ratios of a logistic analysis, laid out as <see cref="FromCox"/>; events are not known per term.</summary>
    public static ForestTable FromLogistic(LogisticResult result, ForestModel model, FigureOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var terms = model == ForestModel.Multivariable ? result.Multivariable?.Terms ?? [] : result.Univariate;
        var rows = TermRows(result.Covariates, terms.Select(t => (Term: (IRatioTerm)t, t.Variable, t.N, Events: (int?)null)).ToList());
        string? note = model == ForestModel.Multivariable && result.Multivariable is { } m
            ? $"Multivariable model: {options.CountPhrase(m.N)}, {options.FormatCount(m.Events)} with the outcome."
            : null;
        return SharedCountsToNote(new ForestTable
        {
            Rows = rows,
            RatioName = "Odds ratio",
            RatioAbbreviation = "OR",
            ConfidenceLevel = result.ConfidenceLevel,
            Note = note,
        }, options, model == ForestModel.Univariate ? "Each covariate in its own model: " : null);
    }

    /// <summary>
    /// A subgroup analysis: the overall estimate as a diamond, then each subgrouping variable as a heading
    /// carrying its interaction P, with one row per level. Ratios below 1 favour the compared level.
    /// </summary>
    public static ForestTable FromSubgroup(SubgroupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<ForestRow> { Estimate(result.Overall, indent: 0) with { IsSummary = true } };
        foreach (var variable in result.Variables)
        {
            rows.Add(new ForestRow { Label = variable.Label, IsHeading = true, P = variable.InteractionP });
            rows.AddRange(variable.Levels.Select(level => Estimate(level, indent: 1)));
        }

        return new ForestTable
        {
            Rows = rows,
            RatioName = "Hazard ratio",
            RatioAbbreviation = "HR",
            LabelHeader = "Subgroup",
            PHeader = "P for interaction",
            FavoursBelow = "Favours " + result.Compared,
            FavoursAbove = "Favours " + result.Reference,
        };

        // The per-level P is left out: the column holds the interaction test, as CONSORT's subgroup guidance asks.
        static ForestRow Estimate(SubgroupEstimate e, int indent) => new()
        {
            Label = e.Level,
            Indent = indent,
            N = e.N,
            Events = e.Events,
            Ratio = e.Hr,
            Lower = e.Lower,
            Upper = e.Upper,
        };
    }

    private static List<ForestRow> TermRows(IReadOnlyList<CovariateInfo> covariates,
        IReadOnlyList<(IRatioTerm Term, string Variable, int? N, int? Events)> terms)
    {
        var rows = new List<ForestRow>();
        var used = new HashSet<int>();
        foreach (var covariate in covariates)
        {
            var own = terms.Select((t, i) => (t, i)).Where(x => x.t.Variable == covariate.Variable).ToList();
            if (own.Count == 0)
                continue;
            used.UnionWith(own.Select(x => x.i));

            bool grouped = covariate.Type == "categorical" && covariate.Levels.Count > 2;
            if (grouped)
            {
                rows.Add(new ForestRow { Label = covariate.Label, IsHeading = true });
                if (covariate.Reference is { } reference)
                    rows.Add(new ForestRow { Label = reference, Indent = 1, Text = "Reference" });
            }

            foreach (var (t, _) in own)
            {
                var label = grouped ? LevelOf(t.Term) : t.Term.Label;
                rows.Add(Row(t.Term, label, grouped ? 1 : 0, t.N, t.Events));
            }
        }

        // Terms of variables the covariate list does not name still appear, at the end.
        rows.AddRange(terms.Where((_, i) => !used.Contains(i)).Select(t => Row(t.Term, t.Term.Label, 0, t.N, t.Events)));
        return rows;
    }

    private static ForestRow Row(IRatioTerm term, string label, int indent, int? n, int? events) => new()
    {
        Label = label,
        Indent = indent,
        N = n,
        Events = events,
        Ratio = term.Ratio,
        Lower = term.Lower,
        Upper = term.Upper,
        P = term.P,
    };

    /// <summary>The level of a <c>variable=level</c> term, or its label when the term has no level.</summary>
    private static string LevelOf(IRatioTerm term)
    {
        int at = term.Term.IndexOf('=', StringComparison.Ordinal);
        return at >= 0 ? term.Term[(at + 1)..] : term.Label;
    }

    /// <summary>Counts shared by every row say nothing per row: they move to the note.</summary>
    private static ForestTable SharedCountsToNote(ForestTable table, FigureOptions options, string? prefix)
    {
        var estimates = table.Rows.Where(r => !r.IsHeading && r.Text is null).ToList();
        var ns = estimates.Select(r => r.N).Distinct().ToList();
        var events = estimates.Select(r => r.Events).Distinct().ToList();
        if (estimates.Count < 2 || ns.Count != 1 || events.Count != 1)
            return table;

        string? note = table.Note;
        if (note is null && ns[0] is int n)
        {
            note = prefix + options.CountPhrase(n)
                + (events[0] is int e ? $", {options.FormatCount(e)} events." : ".");
        }

        return table with
        {
            Rows = table.Rows.Select(r => r with { N = null, Events = null }).ToList(),
            Note = note,
        };
    }
}
