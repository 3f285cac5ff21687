using System.Text;
using HccReport.Rendering.Outputs;
using HccReport.Rendering.Tables;
using HccReport.Rendering.Tests.Support;
using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Tests;

public class TableBuilderTests
{
    private static readonly ReportResults Sample = SampleReport.Create();

    private static T Analysis<T>(string id) where T : AnalysisResult => (T)Sample.Analyses.Single(a => a.Id == id);

    private static string[] Cells(ReportTable table, string stub) =>
        [.. table.Rows.Single(r => r.Cells[0].Text == stub).Cells.Select(c => c.PlainText)];

    [Fact]
    public void BaselineTableHasGroupOverallOddsRatioAndPColumns()
    {
        var table = BaselineTableBuilder.Build(Analysis<BaselineResult>("table1"), FormatContext.Default);
        Assert.Equal(
            ["Characteristic", "Primary (n = 169)", "Secondary (n = 362)", "Overall (n = 531)", "OR (95% CI)", "P value"],
            table.Columns.Select(c => c.Heading.Replace('\u00a0', ' ')));
        Assert.Equal(["Age > 50 years, n (%)", "128 (75.7)", "283 (78.2)", "411 (77.4)", "0.87 (0.57\u20131.34)", "0.532*"], Cells(table, "Age > 50 years, n (%)"));
        Assert.Equal(["HBV infection, n (%)", "161 (95.3)", "352 (97.2)", "513 (96.6)", "0.57 (0.22\u20131.48)", "0.248\u2020"], Cells(table, "HBV infection, n (%)"));
        Assert.Equal(["Age, years, median (IQR)", "56.0 (49.0\u201363.5)", "57.0 (50.0\u201364.0)", "57.0 (50.0\u201364.0)", "", "0.410\u2021"], Cells(table, "Age, years, median (IQR)"));
        // A categorical variable: its P on the heading row, its levels indented beneath.
        var bclc = table.Rows.ToList().FindIndex(r => r.Cells[0].Text == "BCLC stage, n (%)");
        Assert.Equal("<0.001*", table.Rows[bclc].Cells[^1].PlainText);
        Assert.Equal(1, table.Rows[bclc + 1].Indent);
        Assert.Equal(["B", "53 (31.4)", "172 (47.5)", "225 (42.4)", "", ""], table.Rows[bclc + 1].Cells.Select(c => c.PlainText));
        Assert.Contains("* Pearson's chi-square test without continuity correction.", table.Notes);
        Assert.Contains("\u2020 Fisher's exact test.", table.Notes);
        Assert.Contains("\u2021 Wilcoxon rank-sum test.", table.Notes);
        Assert.Contains("Missing values (not in the percentages): AFP, ng/mL, 2 in Primary, 1 in Secondary.", table.Notes);
        Assert.Equal("Abbreviations: CI, confidence interval; OR, odds ratio; IQR, interquartile range.", table.AbbreviationLine);
    }

    [Fact]
    public void LancetBaselineTableUsesWholePercentages()
    {
        var table = BaselineTableBuilder.Build(Analysis<BaselineResult>("table1"), FormatContext.Default with { Style = NumberStyle.Lancet });
        Assert.Equal("128 (76%)", Cells(table, "Age > 50 years, n (%)")[1]);
        Assert.Equal("p value", table.Columns[^1].Heading);
    }

    [Fact]
    public void CoxTableSetsUnivariateBesideMultivariableWithReferenceLevels()
    {
        var table = RegressionTableBuilder.Build(Analysis<CoxResult>("cox_os_2l"), FormatContext.Default);
        Assert.Equal(["Univariate analysis", "Multivariable analysis"], table.Groups.Select(g => g.Heading));
        Assert.Equal(["Variable", "HR (95% CI)", "P value", "HR (95% CI)", "P value"], table.Columns.Select(c => c.Heading.Replace('\u00a0', ' ')));
        Assert.Equal(["Type of resistance: Primary", "2.02 (1.32\u20133.11)", "0.001", "1.93 (1.25\u20132.99)", "0.003"], Cells(table, "Type of resistance: Primary"));
        Assert.Equal(["Age > 50 years", "0.80 (0.49\u20131.30)", "0.368", "NS", ""], Cells(table, "Age > 50 years"));
        var bclc = table.Rows.ToList().FindIndex(r => r.Cells[0].Text == "BCLC stage");
        Assert.Equal(["A", "1 (reference)", "", "1 (reference)", ""], table.Rows[bclc + 1].Cells.Select(c => c.PlainText));
        Assert.Equal(["C", "1.57 (1.03\u20132.38)", "0.035", "0.71 (0.30\u20131.71)", "0.450"], table.Rows[bclc + 3].Cells.Select(c => c.PlainText));
        Assert.Contains(table.Notes, n => n.StartsWith("Multivariable model: 184 patients, 121 events; likelihood-ratio test", StringComparison.Ordinal));
        Assert.Contains(table.Notes, n => n.Contains("concordance 0.652", StringComparison.Ordinal));
    }

    [Fact]
    public void LogisticTableMarksCovariatesTheSelectionLeftOut()
    {
        var table = RegressionTableBuilder.Build(Analysis<LogisticResult>("logit_primary"), FormatContext.Default);
        Assert.Equal(["AFP > 400 ng/mL", "2.00 (1.37\u20132.90)", "<0.001", "1.76 (1.19\u20132.61)", "0.005"], Cells(table, "AFP > 400 ng/mL"));
        Assert.Equal(["Extrahepatic metastasis", "1.97 (1.36\u20132.87)", "<0.001", "NS", ""], Cells(table, "Extrahepatic metastasis"));
        Assert.Contains(table.Abbreviations, a => a.Short == "NS");
    }

    [Fact]
    public void KaplanMeierTableHasMediansAndLandmarks()
    {
        var table = KaplanMeierTableBuilder.Build(Analysis<KaplanMeierResult>("km_os"), FormatContext.Default);
        Assert.Equal(["Type of resistance", "n", "Events", "Median, months (95% CI)", "12 months, % (95% CI)", "24 months, % (95% CI)", "36 months, % (95% CI)"],
            table.Columns.Select(c => c.Heading.Replace('\u00a0', ' ')));
        Assert.Equal(["Primary", "169", "141", "11.0 (9.0\u201313.0)", "46.3 (39.3\u201353.3)", "22.2 (15.2\u201329.2)", "10.1 (3.1\u201317.1)"], Cells(table, "Primary"));
        Assert.Contains("Log-rank test: \u03c7\u00b2 = 95.21, df = 1, P\u00a0<\u00a00.001.", table.Notes);
    }

    [Fact]
    public void SubgroupTableCarriesInteractionPValues()
    {
        var table = SubgroupTableBuilder.Build(Analysis<SubgroupResult>("subgroups_os"), FormatContext.Default);
        Assert.Equal(["All patients", "184", "121", "0.58 (0.36\u20130.93)", "0.024", ""], Cells(table, "All patients"));
        Assert.Equal(["AFP > 400 ng/mL", "", "", "", "", "0.033"], Cells(table, "AFP > 400 ng/mL"));
        Assert.Equal(["Yes", "66", "47", "0.31 (0.15\u20130.64)", "0.002", ""], Cells(table, "Yes"));
    }

    [Fact]
    public void FlowTableMasksSmallCountsWhenAsked()
    {
        var table = FlowTableBuilder.Build(Sample.Flow, FormatContext.Default with { Mask = new CountMask(10) });
        Assert.Equal(["Other primary tumour", "<10"], Cells(table, "Other primary tumour"));
        Assert.Equal(["Did not take lenvatinib as prescribed", "10"], Cells(table, "Did not take lenvatinib as prescribed"));
        Assert.Contains(table.Notes, n => n.StartsWith("Counts from 1 to 9 are shown as", StringComparison.Ordinal));
    }

    [Fact]
    public void ChecksTableFlagsMismatches()
    {
        var table = ChecksTableBuilder.Build(Sample.Checks, FormatContext.Default)!;
        var mismatch = table.Rows.Single(r => r.Cells[0].Text == "Table 1, Male sex P");
        Assert.Equal("Does not match", mismatch.Cells[^1].Text);
        Assert.True(mismatch.Cells[^1].Emphasis);
        Assert.Contains("analyses.table1.rows[1].p: printed 0.315 but the data give 0.327", table.Notes);
    }

    [Fact]
    public void CsvHoldsTheSameCellsWithJoinedHeadings()
    {
        var table = RegressionTableBuilder.Build(Analysis<CoxResult>("cox_os_2l"), FormatContext.Default);
        var bytes = CsvTableWriter.Write(table);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n');
        Assert.Equal("Variable,Univariate analysis: HR (95% CI),Univariate analysis: P value,Multivariable analysis: HR (95% CI),Multivariable analysis: P value", lines[0]);
        Assert.Equal("Type of resistance: Primary,2.02 (1.32\u20133.11),0.001,1.93 (1.25\u20132.99),0.003", lines[1]);
        Assert.Contains("\"  A\",1 (reference),,1 (reference),", lines);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void CsvQuotesFieldsThatNeedIt()
    {
        Assert.Equal("\"a, b\"", CsvTableWriter.Quote("a, b"));
        Assert.Equal("\"say \"\"hi\"\"\"", CsvTableWriter.Quote("say \"hi\""));
        Assert.Equal("n = 5", CsvTableWriter.Quote("n\u00a0=\u00a05"));
        Assert.Equal("plain", CsvTableWriter.Quote("plain"));
    }

    [Fact]
    public void DocumentNumbersTablesAndFiguresInReadingOrder()
    {
        var document = ReportDocumentBuilder.Build(Sample, new RenderOptions(), new PlaceholderFigures());
        Assert.Equal(["flow", "table1", "logit_primary", "km_os", "cox_os_2l", "subgroups_os", "missing_values", "checks"],
            document.Tables.Select(t => t.Table.Name));
        Assert.Equal(Enumerable.Range(1, 8), document.Tables.Select(t => t.Number));
        Assert.Equal(["flowchart", "km_km_os", "forest_subgroups_os"], document.Figures.Select(f => f.Figure.Name));
        Assert.Equal(
            ["Study population", "Baseline characteristics by type of resistance", "Factors associated with primary resistance",
             "Overall survival by type of resistance", "Prognostic factors for overall survival after second-line treatment",
             "Second-line regimen and overall survival by subgroup", "Statistical methods", "Data quality", "Checks against the manuscript"],
            document.Sections.Select(s => s.Heading));
    }
}
