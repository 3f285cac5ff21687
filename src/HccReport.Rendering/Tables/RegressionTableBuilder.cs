using System.Globalization;
using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Tables;

/// <summary>
/// A model table laid out as Table 2 of the seed paper: one row per term, univariate ratio and P value, then
/// the multivariable ratio and P value. A categorical covariate shows a heading row and one row per level, its
/// reference level marked "1 (reference)".
/// </summary>
public static class RegressionTableBuilder
{
    /// <summary>The table of a Cox analysis.</summary>
    public static ReportTable Build(CoxResult result, FormatContext format)
    {
        var model = result.Multivariable;
        var notes = new List<string>();
        if (model is not null)
        {
            var s = format.Style;
            notes.Add($"Multivariable model: {format.Mask.Count(model.N)} patients, {format.Mask.Count(model.Events)} events; " +
                      $"likelihood-ratio test \u03c7\u00b2 = {NumberStyle.Fixed(model.LikelihoodRatio.Chisq, 2)}, df = {Int(model.LikelihoodRatio.Df)}, {s.PStatement(model.LikelihoodRatio.P)}; " +
                      $"concordance {NumberStyle.Fixed(model.Concordance, 3)}.");
            if (model.ProportionalHazards is { } ph)
                notes.Add($"Proportional hazards (Schoenfeld residuals, {ph.Transform} time scale): global \u03c7\u00b2 = {NumberStyle.Fixed(ph.Global.Chisq, 2)}, df = {Int(ph.Global.Df)}, {s.PStatement(ph.Global.P)}.");
            if (!model.Converged) notes.Add($"The multivariable model did not converge after {Int(model.Iterations)} iterations; its estimates are unreliable.");
            if (model.Monotone) notes.Add("The likelihood is monotone in at least one coefficient: that hazard ratio is infinite and shown as NE.");
        }
        notes.Add($"Cox proportional hazards models, {result.Ties switch { "breslow" => "Breslow", _ => "Efron" }} method for ties; Wald {format.Style.Level(result.ConfidenceLevel)} CIs and P values.");
        if (result.Strata.Count > 0) notes.Add("Stratified by " + string.Join(", ", result.Strata) + ".");
        return Build(result, "HR", "hazard ratio", result.Covariates, result.Univariate, model?.Terms, model?.Selection, notes, format);
    }

    /// <summary>The table of a logistic analysis.</summary>
    public static ReportTable Build(LogisticResult result, FormatContext format)
    {
        var model = result.Multivariable;
        var notes = new List<string>();
        var s = format.Style;
        if (model is not null)
        {
            notes.Add($"Multivariable model: {format.Mask.Count(model.N)} patients, {format.Mask.Count(model.Events)} with {Prose.Inline(result.OutcomeLabel)}; " +
                      $"likelihood-ratio test \u03c7\u00b2 = {NumberStyle.Fixed(model.LikelihoodRatio.Chisq, 2)}, df = {Int(model.LikelihoodRatio.Df)}, {s.PStatement(model.LikelihoodRatio.P)}; AIC {NumberStyle.Fixed(model.Aic, 1)}.");
            if (!model.Converged) notes.Add($"The multivariable model did not converge after {Int(model.Iterations)} iterations; its estimates are unreliable.");
            if (model.Separation != "none") notes.Add($"The data show {model.Separation} separation: at least one odds ratio is infinite and shown as NE.");
        }
        notes.Add($"Logistic regression by maximum likelihood; odds of {Prose.Inline(result.OutcomeLabel)}; " +
                  $"{(result.IntervalMethod == "profile" ? "profile-likelihood" : "Wald")} {s.Level(result.ConfidenceLevel)} CIs, Wald P values.");
        return Build(result, "OR", "odds ratio", result.Covariates, result.Univariate, model?.Terms, model?.Selection, notes, format);
    }

    private static ReportTable Build(
        AnalysisResult result, string ratio, string ratioMeaning, IReadOnlyList<CovariateInfo> covariates,
        IReadOnlyList<IRatioTerm> univariate, IReadOnlyList<IRatioTerm>? multivariable, SelectionResult? selection,
        List<string> modelNotes, FormatContext format)
    {
        var style = format.Style;
        var level = format.Style.Level(0.95);
        var hasMulti = multivariable is not null;
        var columns = new List<TableColumn>
        {
            new("Variable", ColumnAlign.Left),
            new($"{ratio} ({level}\u00a0CI)"),
            new(style.PHeading),
        };
        var groups = new List<TableColumnGroup> { new("Univariate analysis", 1, 2) };
        if (hasMulti)
        {
            columns.Add(new TableColumn($"{ratio} ({level}\u00a0CI)"));
            columns.Add(new TableColumn(style.PHeading));
            groups.Add(new TableColumnGroup("Multivariable analysis", 3, 2));
        }

        var absent = selection is null ? "\u2013" : "NS";
        var rows = new List<TableRow>();
        var anyNe = false;
        foreach (var covariate in covariates)
        {
            var uniTerms = univariate.Where(t => VariableOf(t) == covariate.Variable).ToList();
            var multiTerms = multivariable?.Where(t => VariableOf(t) == covariate.Variable).ToList() ?? [];
            if (covariate.Type == "categorical" && (covariate.Levels.Count > 2 || uniTerms.Count > 1))
            {
                rows.Add(TableRow.Data([new TableCell(covariate.Label), .. Blank(columns.Count - 1)]));
                if (covariate.Reference is not null)
                {
                    var reference = new List<TableCell> { new(covariate.Reference), new("1 (reference)"), new("") };
                    if (hasMulti) reference.AddRange(multiTerms.Count > 0 ? [new TableCell("1 (reference)"), new TableCell("")] : [new TableCell(absent), new TableCell("")]);
                    rows.Add(TableRow.Data(reference, indent: 1));
                }
                foreach (var term in uniTerms)
                {
                    var multi = multiTerms.FirstOrDefault(t => t.Term == term.Term);
                    rows.Add(TableRow.Data(TermCells(LevelOf(term), term, multi, hasMulti, absent, style, ref anyNe), indent: 1));
                }
            }
            else
            {
                foreach (var term in uniTerms)
                {
                    var multi = multiTerms.FirstOrDefault(t => t.Term == term.Term);
                    rows.Add(TableRow.Data(TermCells(term.Label, term, multi, hasMulti, absent, style, ref anyNe)));
                }
            }
        }

        var notes = new List<string>(modelNotes);
        if (selection is not null)
        {
            notes.Insert(0, SelectionNote(selection, style));
        }
        if (result.Where is not null) notes.Add($"Analysed set: rows meeting \u201c{result.Where}\u201d.");
        if (format.Mask.Statement() is string masked) notes.Add(masked);
        notes.AddRange(result.Notes);

        var abbreviations = new List<Abbreviation> { new("CI", "confidence interval"), new(ratio, ratioMeaning) };
        if (selection is not null) abbreviations.Add(new Abbreviation("NS", "not selected into the multivariable model"));
        if (anyNe) abbreviations.Add(new Abbreviation("NE", "not estimable"));
        if (modelNotes.Any(n => n.Contains("AIC", StringComparison.Ordinal))) abbreviations.Add(new Abbreviation("AIC", "Akaike information criterion"));
        abbreviations.Sort((a, b) => string.CompareOrdinal(a.Short, b.Short));

        return new ReportTable
        {
            Name = result.Id,
            Title = result.Title,
            Columns = columns,
            Groups = groups,
            Rows = rows,
            Notes = notes,
            Abbreviations = abbreviations,
        };
    }

    /// <summary>The selection rule and outcome in one sentence.</summary>
    internal static string SelectionNote(SelectionResult selection, NumberStyle style)
    {
        var screen = selection.ScreenP is double sp ? $"Covariates with univariate {style.PSymbol} \u2264 {Threshold(sp)} were candidates for " : "All covariates were candidates for ";
        var method = selection.Method switch
        {
            "enter" => "the multivariable model, entered together without stepwise selection",
            "forward" => $"forward selection (entry by {TestName(selection.EntryTest)} at {style.PSymbol} \u2264 {Threshold(selection.EntryP)})",
            "backward" => $"backward elimination (removal by {TestName(selection.RemovalTest)} at {style.PSymbol} > {Threshold(selection.RemovalP)})",
            _ => $"stepwise selection (entry by {TestName(selection.EntryTest)} at {style.PSymbol} \u2264 {Threshold(selection.EntryP)}, removal by {TestName(selection.RemovalTest)} at {style.PSymbol} > {Threshold(selection.RemovalP)})",
        };
        return screen + method + "; NS, not selected.";
    }

    internal static string TestName(string code) =>
        code switch
        {
            "score" => "the score test",
            "lr" => "the likelihood-ratio test",
            "wald" => "the Wald test",
            _ => code,
        };

    internal static string Threshold(double p) => p.ToString("0.00#", CultureInfo.InvariantCulture);

    private static List<TableCell> TermCells(string label, IRatioTerm term, IRatioTerm? multi, bool hasMulti, string absent, NumberStyle style, ref bool anyNe)
    {
        anyNe |= term.Ratio is null || (multi is not null && multi.Ratio is null);
        var cells = new List<TableCell>
        {
            new(label),
            new(style.RatioWithInterval(term.Ratio, term.Lower, term.Upper)),
            new(term.P is double p ? style.P(p) : "\u2013"),
        };
        if (hasMulti)
        {
            cells.Add(new TableCell(multi is null ? absent : style.RatioWithInterval(multi.Ratio, multi.Lower, multi.Upper)));
            cells.Add(new TableCell(multi?.P is double mp ? style.P(mp) : ""));
        }
        return cells;
    }

    private static IEnumerable<TableCell> Blank(int count) => Enumerable.Repeat(new TableCell(""), count);

    /// <summary>The column a term comes from.</summary>
    internal static string VariableOf(IRatioTerm term) =>
        term switch
        {
            CoxTerm c => c.Variable,
            LogisticTerm l => l.Variable,
            _ => term.Term.Split('=')[0],
        };

    /// <summary>The level of a categorical term <c>variable=level</c>, else its label.</summary>
    private static string LevelOf(IRatioTerm term)
    {
        var eq = term.Term.IndexOf('=', StringComparison.Ordinal);
        return eq >= 0 ? term.Term[(eq + 1)..] : term.Label;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
