using System.Globalization;
using HccReport.Rendering.Tables;
using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Outputs;

/// <summary>
/// Lays the results out as a report: title block with provenance, the study population (flowchart and flow
/// table), each analysis in spec order (results sentences, table, figure), statistical methods, data quality and
/// the checks against the manuscript. Tables and figures are numbered in reading order.
/// </summary>
public static class ReportDocumentBuilder
{
    /// <summary>The report's content for these results.</summary>
    public static ReportDocument Build(ReportResults results, RenderOptions options, IFigureFactory figures)
    {
        var format = FormatFor(results, options);
        // A threshold of 1 masks nothing (no count lies from 1 to 0); figures take no threshold below 2.
        var figureContext = new FigureContext(options.Style, format.Mask.IsOn ? format.Mask.Below : null, options.Dpi, results.TimeUnit);
        var tableNumber = 0;
        var figureNumber = 0;
        var sections = new List<ReportSection>();

        // Study population.
        var flowBlocks = new List<ReportBlock> { new ParagraphBlock(FlowSentence(results.Flow, format)) };
        if (figures.Flowchart(results.Flow, figureContext) is { } flowchart)
            flowBlocks.Add(new FigureBlock(++figureNumber, flowchart, "Patient flow. Each excluded patient is counted once, under the first criterion failed or reason met."));
        flowBlocks.Add(new TableBlock(++tableNumber, FlowTableBuilder.Build(results.Flow, format)));
        sections.Add(new ReportSection("population", "Study population", flowBlocks));

        foreach (var analysis in results.Analyses)
        {
            var blocks = new List<ReportBlock>();
            var sentences = ResultSentences.For(analysis, format);
            if (sentences.Count > 0) blocks.Add(new ParagraphBlock(string.Join(" ", sentences)));
            if (TableFor(analysis, format) is { } table) blocks.Add(new TableBlock(++tableNumber, table));
            if (figures.ForAnalysis(analysis, figureContext) is { } figure)
                blocks.Add(new FigureBlock(++figureNumber, figure, FigureCaption(analysis)));
            if (analysis.Caption is not null) blocks.Add(new ParagraphBlock(analysis.Caption, ParagraphKind.Note));
            sections.Add(new ReportSection(analysis.Id, analysis.Title, blocks));
        }

        sections.Add(new ReportSection("methods", "Statistical methods",
            [.. MethodsText.For(results, format).Select(p => new ParagraphBlock(p))]));

        var quality = new List<ReportBlock>();
        quality.AddRange(DataQualityText.For(results, format).Select(p => new ParagraphBlock(p)));
        if (DataQualityTableBuilder.Build(results.DataQuality, format) is { } missing)
            quality.Add(new TableBlock(++tableNumber, missing));
        else
            quality.Add(new ParagraphBlock("No included row has a missing value in any variable."));
        quality.AddRange(results.Warnings.Select(w => new ParagraphBlock(w, ParagraphKind.Warning)));
        sections.Add(new ReportSection("data-quality", "Data quality", quality));

        var expectations = MaskedChecks(results, format);
        var checks = new List<ReportBlock>
        {
            new ParagraphBlock(ChecksText.Summary(expectations), expectations.Any(c => !c.Match) ? ParagraphKind.Warning : ParagraphKind.Body),
        };
        if (ChecksTableBuilder.Build(expectations, format) is { } checksTable)
            checks.Add(new TableBlock(++tableNumber, checksTable));
        sections.Add(new ReportSection("checks", "Checks against the manuscript", checks));

        var provenance = results.Provenance;
        var titleNotes = new List<string>();
        if (provenance.DataNote is not null) titleNotes.Add(provenance.DataNote);
        if (format.Mask.Statement() is string masked) titleNotes.Add(masked);

        return new ReportDocument
        {
            Title = results.Title,
            Subtitle = results.Subtitle,
            Synthetic = provenance.Synthetic,
            SyntheticStatement = provenance.Synthetic
                ? "The data in this report are synthetic: they were generated, not collected from patients, and no clinical conclusion may be drawn from them."
                : null,
            TitleNotes = titleNotes,
            Provenance = ProvenanceLines(results, options),
            Sections = sections,
            Author = options.Author ?? provenance.Tool,
            Subject = results.Subtitle ?? $"Statistical report generated from {provenance.Spec}",
            Keywords = Keywords(results),
            Creator = $"{provenance.Tool} {provenance.Version}",
        };
    }

    /// <summary>The format in force: the style chosen, the stricter masking of the spec and the options, the time unit.</summary>
    public static FormatContext FormatFor(ReportResults results, RenderOptions options)
    {
        int? below = (results.SuppressBelow, options.SuppressBelow) switch
        {
            (int a, int b) => Math.Max(a, b),
            (int a, null) => a,
            (null, int b) => b,
            _ => null,
        };
        return new FormatContext(options.Style, new CountMask(below), results.TimeUnit);
    }

    /// <summary>
    /// The manuscript checks with every value masked whose path results.json masks (<see cref="CountSuppression"/>): a check
    /// that prints "7 matches 7" would give a masked count back, and so would the printed value alone once it matches.
    /// </summary>
    private static IReadOnlyList<ExpectationCheck> MaskedChecks(ReportResults results, FormatContext format)
    {
        if (!format.Mask.IsOn || results.Checks.Count == 0) return results.Checks;
        var masked = CountSuppression.MaskedPaths(results with { SuppressBelow = format.Mask.Below });
        var text = format.Mask.Count(1);
        return results.Checks
            .Select(c => masked.Contains(c.Path)
                ? c with { Printed = text, Recomputed = null, RecomputedRounded = text, Message = "masked (suppress_below)" }
                : c)
            .ToList();
    }

    /// <summary>The table of an analysis.</summary>
    public static ReportTable? TableFor(AnalysisResult analysis, FormatContext format) =>
        analysis switch
        {
            KaplanMeierResult km => KaplanMeierTableBuilder.Build(km, format),
            CoxResult cox => RegressionTableBuilder.Build(cox, format),
            LogisticResult logit => RegressionTableBuilder.Build(logit, format),
            BaselineResult baseline => BaselineTableBuilder.Build(baseline, format),
            SubgroupResult subgroup => SubgroupTableBuilder.Build(subgroup, format),
            _ => null,
        };

    private static string FlowSentence(CohortFlow flow, FormatContext format)
    {
        var mask = format.Mask;
        var excluded = flow.Excluded.Sum(e => e.N);
        var sentence = $"Of {mask.Count(flow.Screened)} patients screened, {mask.Count(excluded)} were excluded and {mask.Count(flow.Included)} met the study criteria.";
        if (flow.Groups.Count > 0 && flow.Included > 0)
        {
            var parts = flow.Groups
                .Select(g => mask.Masks(g.N) ? $"{mask.Count(g.N)} in the {g.Level} group" : $"{mask.Count(g.N)} ({format.Style.Percent(100.0 * g.N / flow.Included)}%) in the {g.Level} group")
                .ToList();
            sentence += $" Of these, {Prose.List(parts)}.";
        }
        return sentence;
    }

    private static string FigureCaption(AnalysisResult analysis) =>
        analysis switch
        {
            KaplanMeierResult km => $"{km.Title}. Kaplan-Meier estimates of {Prose.Inline(km.EndpointLabel)}" +
                                    (km.By is null ? "" : $" by {km.Display.LegendTitle ?? km.By}") +
                                    "; vertical ticks mark censored observations; numbers at risk under the plot.",
            SubgroupResult s => $"{s.Title}. Hazard ratios of {s.Compared} versus {s.Reference} with 95% confidence intervals, overall and by subgroup.",
            CoxResult c => $"{c.Title}. Hazard ratios with 95% confidence intervals from the multivariable model.",
            LogisticResult l => $"{l.Title}. Odds ratios with 95% confidence intervals from the multivariable model.",
            _ => analysis.Title + ".",
        };

    private static IReadOnlyList<KeyValuePair<string, string>> ProvenanceLines(ReportResults results, RenderOptions options)
    {
        var p = results.Provenance;
        var c = results.Conventions;
        var lines = new List<KeyValuePair<string, string>>
        {
            new("Generated by", $"{p.Tool} {p.Version}"),
            new("Spec", $"{p.Spec} (SHA-256 {p.SpecSha256})"),
        };
        foreach (var d in p.Data)
            lines.Add(new("Data", $"{d.Path}, {d.Rows.ToString(CultureInfo.InvariantCulture)} rows \u00d7 {d.Columns.ToString(CultureInfo.InvariantCulture)} columns (SHA-256 {d.Sha256})"));
        var level = options.Style.Level(c.ConfidenceLevel);
        lines.Add(new("Conventions",
            $"{(c.Compat == "spss" ? "SPSS" : "R")}-compatible: {(c.Ties == "breslow" ? "Breslow" : "Efron")} ties, " +
            $"{KaplanMeierTableBuilder.CiWords(c.KmConfidenceInterval)} Kaplan-Meier intervals, {KaplanMeierTableBuilder.MedianWords(c.MedianConfidenceInterval)} median intervals, {level} confidence level"));
        lines.Add(new("Number style", options.Style.Name));
        if (p.Synthetic) lines.Add(new("Data origin", "SYNTHETIC"));
        return lines;
    }

    private static string Keywords(ReportResults results)
    {
        var words = new List<string> { results.Provenance.Tool };
        foreach (var a in results.Analyses)
        {
            words.Add(a switch
            {
                KaplanMeierResult => "Kaplan-Meier",
                CoxResult => "Cox regression",
                LogisticResult => "logistic regression",
                BaselineResult => "baseline characteristics",
                SubgroupResult => "subgroup analysis",
                _ => a.Kind,
            });
            if (a is KaplanMeierResult km) words.Add(km.EndpointLabel);
            if (a is CoxResult cox) words.Add(cox.EndpointLabel);
        }
        if (results.Provenance.Synthetic) words.Add("synthetic data");
        return string.Join(", ", words.Distinct(StringComparer.Ordinal));
    }
}
