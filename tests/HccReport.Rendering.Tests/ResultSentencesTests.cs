using HccReport.Rendering.Tests.Support;
using HccReport.Rendering.Text;
using HccReport.Results;

namespace HccReport.Rendering.Tests;

public class ResultSentencesTests
{
    private static readonly ReportResults Sample = SampleReport.Create();

    private static string Sentences(string id, NumberStyle style) =>
        string.Join(" ", ResultSentences.For(Sample.Analyses.Single(a => a.Id == id), new FormatContext(style, CountMask.None, "months")))
            .Replace('\u00a0', ' ');

    [Fact]
    public void KaplanMeierSentenceGivesMediansIntervalsAndTheLogRankTest()
    {
        var text = Sentences("km_os", NumberStyle.Default);
        Assert.Contains(
            "Median overall survival was 11.0 months (95% CI 9.0\u201313.0) in the Primary group and 31.0 months (95% CI 27.0\u201336.0) in the Secondary group (log-rank P < 0.001).",
            text);
        Assert.Contains("Overall survival at 12, 24 and 36 months was 46.3%, 22.2% and 10.1% in the Primary group and 82.3%, 59.1% and 44.9% in the Secondary group, respectively.", text);
        Assert.Contains("Median follow-up (reverse Kaplan-Meier) was 23.0 months (95% CI 21.0\u201329.0).", text);
    }

    [Fact]
    public void MedianNotReachedIsSaidInWordsAndItsLimitPrintedNR()
    {
        var km = Sample.Analyses.OfType<KaplanMeierResult>().Single();
        var single = km with
        {
            By = null,
            Logrank = null,
            FollowUp = null,
            Groups = [km.Groups[1] with { Level = "All", Median = null, MedianLower = 24.0, MedianUpper = null, At = [] }],
        };
        var text = string.Join(" ", ResultSentences.For(single, FormatContext.Default));
        Assert.Equal("Median overall survival was not reached (95% CI 24.0\u2013NR) among 362 patients with 187 events.", text);
    }

    [Fact]
    public void NoAssociationIsSaidWithTheThresholdInTheJournalStyle()
    {
        var logit = Sample.Analyses.OfType<LogisticResult>().Single();
        var none = logit with
        {
            Univariate = [.. logit.Univariate.Select(t => t with { P = 0.4 })],
            Multivariable = logit.Multivariable! with { Terms = [.. logit.Multivariable!.Terms.Select(t => t with { P = 0.3 })] },
        };
        var text = string.Join(" ", ResultSentences.For(none, FormatContext.Default with { Style = NumberStyle.Jama })).Replace('\u00a0', ' ');
        Assert.Equal(
            "In univariate analysis, no variable was associated with primary resistance at P < .05. " +
            "In multivariable analysis (stepwise selection), no variable was independently associated with primary resistance at P < .05.",
            text);
    }

    [Fact]
    public void KaplanMeierSentenceInJamaStyle() =>
        Assert.Contains("11.0 months (95% CI, 9.0-13.0) in the Primary group", Sentences("km_os", NumberStyle.Jama));

    [Fact]
    public void LogisticSentenceNamesTheOnlyIndependentFactor()
    {
        var text = Sentences("logit_primary", NumberStyle.Default);
        Assert.Contains(
            "In multivariable analysis (stepwise selection), AFP > 400 ng/mL was the only variable independently associated with primary resistance (OR 1.76, 95% CI 1.19\u20132.61; P = 0.005).",
            text);
        Assert.Contains("extrahepatic metastasis (OR 1.97, 95% CI 1.36\u20132.87; P < 0.001)", text);
        Assert.Contains("tumour size > 5 cm (OR 1.46, 95% CI 1.01\u20132.11; P = 0.046)", text);
    }

    [Fact]
    public void LogisticSentenceInNejmStyle() =>
        Assert.Contains("(odds ratio, 1.76; 95% CI, 1.19 to 2.61; P=0.005)", Sentences("logit_primary", NumberStyle.Nejm));

    [Fact]
    public void CoxSentenceListsEveryIndependentFactor()
    {
        var text = Sentences("cox_os_2l", NumberStyle.Default);
        Assert.Contains("In multivariable analysis (all candidates entered), type of resistance: Primary (HR 1.93, 95% CI 1.25\u20132.99; P = 0.003) and second-line regimen: TKI (HR 1.84, 95% CI 1.13\u20132.98; P = 0.014) were independently associated with overall survival.", text);
        Assert.DoesNotContain("age > 50", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BaselineSentenceGivesGroupSizesAndDifferences()
    {
        var text = Sentences("table1", NumberStyle.Default);
        Assert.Contains("Of 531 patients, 169 (31.8%) in the Primary group and 362 (68.2%) in the Secondary group.", text);
        Assert.Contains("extrahepatic metastasis (P < 0.001)", text);
        Assert.Contains("tumour size > 5 cm (P = 0.046)", text);
        Assert.DoesNotContain("male sex", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SubgroupSentenceReportsTheInteraction()
    {
        var text = Sentences("subgroups_os", NumberStyle.Default);
        Assert.Contains("Overall, the hazard ratio of TKI + PD-1 inhibitor versus TKI was 0.58 (95% CI 0.36\u20130.93; P = 0.024).", text);
        Assert.Contains("The effect differed by AFP > 400 ng/mL (P for interaction = 0.033).", text);
    }

    [Fact]
    public void MethodsStateTheMethodsThatProducedTheNumbers()
    {
        var text = string.Join(" ", MethodsText.For(Sample, FormatContext.Default)).Replace('\u00a0', ' ');
        Assert.Contains("Greenwood's formula", text);
        Assert.Contains("log-transformed", text);
        Assert.Contains("Brookmeyer-Crowley", text);
        Assert.Contains("the log-rank test", text);
        Assert.Contains("the Efron method for tied event times", text);
        Assert.Contains("Wald 95% confidence intervals", text);
        Assert.Contains("logistic regression fitted by maximum likelihood", text);
        Assert.Contains("For factors associated with primary resistance: covariates with univariate P \u2264 0.05 were candidates for stepwise selection (entry by the score test at P \u2264 0.05, removal by the likelihood-ratio test at P > 0.10).", text);
        Assert.Contains("Fisher's exact test when an expected count was below 5", text);
        Assert.Contains("Wilcoxon rank-sum test", text);
        Assert.Contains("HccReport 0.1.0", text);
        Assert.Contains("R 4.2.2 with survival 3.5-3", text);
    }

    [Fact]
    public void MethodsFollowBreslowTiesWhenTheResultsUsedThem()
    {
        var results = Sample with
        {
            Analyses = [.. Sample.Analyses.Select(a => a is CoxResult c ? c with { Ties = "breslow" } : a is SubgroupResult s ? s with { Ties = "breslow" } : a)],
        };
        var text = string.Join(" ", MethodsText.For(results, FormatContext.Default));
        Assert.Contains("the Breslow method for tied event times", text);
        Assert.DoesNotContain("Efron", text);
    }

    [Fact]
    public void ChecksSummaryNamesTheMismatch() =>
        Assert.Equal(
            "3 of 4 printed values match the recomputed ones; 1 does not: Table 1, Male sex P (printed 0.315, recomputed 0.327).",
            ChecksText.Summary(Sample.Checks));

    [Fact]
    public void DataQualityCountsRowsSetAsidePerReason()
    {
        var text = string.Join(" ", DataQualityText.For(Sample, FormatContext.Default));
        Assert.Contains("634 rows were read from cohort.csv (634 rows, 31 columns); 531 met the study criteria.", text);
        Assert.Contains("Rows set aside (103), each under its first reason: 7 Other primary tumour;", text);
        Assert.Contains("2 cells of afp were set to missing", text);
    }
}
