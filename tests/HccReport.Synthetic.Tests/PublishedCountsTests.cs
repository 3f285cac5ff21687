namespace HccReport.Synthetic.Tests;

/// <summary>
/// Every count the paper prints that the synthetic cohort must reproduce exactly, computed from the
/// committed CSV by <see cref="StudyFlow"/> and <see cref="Table1Rows"/>.
/// </summary>
public sealed class PublishedCountsTests
{
    private static readonly CohortCsv Csv = CohortCsv.Load();
    private static readonly (int[] NotMeeting, int[] Excluded, List<CohortCsv.Row> Included) Flow = StudyFlow.Apply(Csv.Rows);

    [Fact]
    public void Figure1_ScreensSixHundredThirtyFour() => Assert.Equal(634, Csv.Rows.Count);

    [Fact]
    public void Figure1_EveryScreenedPatientMeetsTheInclusionCriteria() =>
        Assert.Equal(new[] { 0, 0, 0, 0 }, Flow.NotMeeting);

    [Fact]
    public void Figure1_ExclusionsInThePapersOrderUnderTheFirstReason() =>
        Assert.Equal(new[] { 7, 9, 10, 12, 14, 23, 28 }, Flow.Excluded);

    [Fact]
    public void Figure1_SomeExcludedPatientsMeetALaterReasonToo()
    {
        // Counting every reason that applies, instead of the first, must give more than the paper's
        // numbers; otherwise the order of the reasons would go untested.
        var anyReason = StudyFlow.Exclusion.Select(e => Csv.Rows.Count(e.Applies)).ToArray();
        Assert.Equal(new[] { 7, 9, 10, 12, 16, 27, 31 }, anyReason);
    }

    [Fact]
    public void Figure1_IncludesFiveHundredThirtyOne() => Assert.Equal(531, Flow.Included.Count);

    [Fact]
    public void Figure1_PrimaryAndSecondaryResistance()
    {
        Assert.Equal(169, Flow.Included.Count(StudyFlow.IsPrimary));
        Assert.Equal(362, Flow.Included.Count(r => !StudyFlow.IsPrimary(r)));
    }

    [Fact]
    public void Figure1_EveryIncludedPatientProgressed() =>
        Assert.All(Flow.Included, r => Assert.False(r.IsEmpty("progression_date")));

    [Theory]
    [InlineData(90)]
    [InlineData(91)]
    [InlineData(92)]
    public void Figure1_GroupsDoNotDependOnHowThreeMonthsIsCounted(int days) =>
        // No progression falls between day 89 and day 95, so 90, 91 or 92 days (3 x 30.4375 = 91.3) give the same groups.
        Assert.Equal(169, Flow.Included.Count(r => r.DaysBetween("lenvatinib_start", "progression_date") <= days));

    [Fact]
    public void Figure1_CalendarMonthsGiveTheSameGroups() =>
        Assert.Equal(169, Flow.Included.Count(r => r.Date("progression_date") <= r.Date("lenvatinib_start").AddMonths(3)));

    [Fact]
    public void Figure1_SecondLineTreatmentByGroupAndClass()
    {
        var secondLine = Flow.Included.Where(r => !r.IsEmpty("second_line_start")).ToList();
        Assert.Equal(184, secondLine.Count);
        int Count(bool primary, string regimenClass) =>
            secondLine.Count(r => StudyFlow.IsPrimary(r) == primary && r["second_line_class"] == regimenClass);
        Assert.Equal((17, 46), (Count(true, "TKI"), Count(true, "Combination")));
        Assert.Equal((22, 99), (Count(false, "TKI"), Count(false, "Combination")));
    }

    [Fact]
    public void Text_SecondLineTkiDrugs()
    {
        // The paper prints "donafenib (n=18, 7.7%)": 7.7% of 39 is 3, the count that makes the four add up to 39.
        var drugs = Flow.Included.Where(r => r["second_line_class"] == "TKI")
            .GroupBy(r => r["second_line_tki"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["Sorafenib"] = 18, ["Regorafenib"] = 14, ["Apatinib"] = 4, ["Donafenib"] = 3 }, drugs);
        Assert.All(Flow.Included.Where(r => r["second_line_class"] == "TKI"), r => Assert.True(r.IsEmpty("second_line_pd1")));
    }

    [Fact]
    public void Text_SecondLineCombinations()
    {
        var combinations = Flow.Included.Where(r => r["second_line_class"] == "Combination").ToList();
        Assert.Equal(145, combinations.Count);
        Assert.All(combinations, r => Assert.False(r.IsEmpty("second_line_tki") || r.IsEmpty("second_line_pd1")));
        string[] named = ["Sintilimab", "Camrelizumab", "Tislelizumab"];
        int Lenvatinib(Func<string, bool> pd1) => combinations.Count(r => r["second_line_tki"] == "Lenvatinib" && pd1(r["second_line_pd1"]));
        Assert.Equal(66, Lenvatinib(p => p == "Sintilimab"));
        Assert.Equal(29, Lenvatinib(p => p == "Camrelizumab"));
        Assert.Equal(13, Lenvatinib(p => p == "Tislelizumab"));
        Assert.Equal(8, Lenvatinib(p => !named.Contains(p)));
        Assert.Equal(12, combinations.Count(r => r["second_line_tki"] == "Regorafenib"));
        Assert.Equal(17, combinations.Count(r => r["second_line_tki"] is not ("Lenvatinib" or "Regorafenib")));
    }

    [Theory]
    [MemberData(nameof(Table1Rows.Labels), MemberType = typeof(Table1Rows))]
    public void Table1_CountsPerGroup(string label)
    {
        var row = Table1Rows.All.Single(r => r.Label == label);
        var primary = Flow.Included.Where(StudyFlow.IsPrimary).ToList();
        var secondary = Flow.Included.Where(r => !StudyFlow.IsPrimary(r)).ToList();
        Assert.Equal((row.Primary, row.Secondary), (primary.Count(row.Yes), secondary.Count(row.Yes)));
    }

    [Fact]
    public void Text_CohortTotals()
    {
        // Results text: 513 HBV and 18 HCV, 306 BCLC C, 276 extrahepatic metastasis, 148 Child-Pugh B.
        // Male sex follows Table 1 (148 + 305 = 453), not the text's "77.4% (n=411)".
        var included = Flow.Included;
        Assert.Equal(513, included.Count(r => r["hepatitis_virus"] == "HBV"));
        Assert.Equal(18, included.Count(r => r["hepatitis_virus"] == "HCV"));
        Assert.Equal(306, included.Count(r => r["bclc"] == "C"));
        Assert.Equal(276, included.Count(r => r.Yes("extrahepatic_metastasis")));
        Assert.Equal(148, included.Count(r => r["child_pugh"] == "B"));
        Assert.Equal(453, included.Count(r => r["sex"] == "Male"));
    }

    [Fact]
    public void Table1_BclcCIsVascularInvasionOrExtrahepaticSpread() =>
        Assert.All(Flow.Included, r =>
            Assert.Equal(r.Yes("vascular_invasion") || r.Yes("extrahepatic_metastasis"), r["bclc"] == "C"));
}
