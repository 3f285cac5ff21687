using System.Globalization;
using System.Text.RegularExpressions;

namespace HccReport.Synthetic.Tests;

/// <summary>The export reads like a real one: dates in order and inside the study window, values in range, gaps only where allowed.</summary>
public sealed partial class CohortConsistencyTests
{
    private static readonly CohortCsv Csv = CohortCsv.Load();
    private static readonly List<CohortCsv.Row> Included = StudyFlow.Apply(Csv.Rows).Included;

    private static readonly string[] DateColumns =
        ["lenvatinib_start", "first_evaluation_date", "progression_date", "second_line_start", "second_progression_date", "last_contact_date"];

    /// <summary>Columns that may be empty for an included patient; every other column is always filled.</summary>
    private static readonly string[] MayBeEmpty =
        ["ecog", "albumin_g_l", "total_bilirubin_umol_l", "platelets_10e9_l",
         "second_line_start", "second_line_class", "second_line_tki", "second_line_pd1", "second_progression_date"];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [Fact]
    public void Dates_AreIsoAndInsideTheStudy()
    {
        foreach (var row in Csv.Rows)
        {
            foreach (string column in DateColumns.Where(c => !row.IsEmpty(c)))
            {
                Assert.Matches(IsoDate(), row[column]);
                Assert.InRange(row.Date(column), new DateOnly(2019, 2, 1), CohortCsv.FollowUpEnd);
            }
            Assert.InRange(row.Date("lenvatinib_start"), new DateOnly(2019, 2, 1), new DateOnly(2023, 2, 28));
        }
    }

    [Fact]
    public void PatientIds_AreUniqueAndCarryTheCentre()
    {
        Assert.Equal(Csv.Rows.Count, Csv.Rows.Select(r => r["patient_id"]).Distinct().Count());
        Assert.All(Csv.Rows, r => Assert.StartsWith(r["centre"] + "-", r["patient_id"], StringComparison.Ordinal));
        Assert.Equal(["GMU", "PLA5"], Csv.Rows.Select(r => r["centre"]).Distinct().Order());
    }

    [Fact]
    public void IncludedPatients_HaveEveryEssentialValue() =>
        Assert.All(Included, r =>
        {
            foreach (string column in Csv.Header.Except(MayBeEmpty))
                Assert.False(r.IsEmpty(column), $"{r["patient_id"]}: {column} is empty");
        });

    [Fact]
    public void NonEssentialColumns_HaveSomeGaps()
    {
        foreach (string column in new[] { "ecog", "albumin_g_l", "total_bilirubin_umol_l", "platelets_10e9_l" })
            Assert.InRange(Included.Count(r => r.IsEmpty(column)), 5, 40);
    }

    [Fact]
    public void IncludedCourse_IsInOrder() =>
        Assert.All(Included, r =>
        {
            var start = r.Date("lenvatinib_start");
            var progression = r.Date("progression_date");
            var last = r.Date("last_contact_date");
            Assert.True(start < progression && progression <= last, r["patient_id"]);
            Assert.True(r.Date("first_evaluation_date") <= progression || !StudyFlow.IsPrimary(r), r["patient_id"]);
            Assert.True(last.DayNumber - start.DayNumber > 30, r["patient_id"] + " would be a death within one month");
            if (r["vital_status"] == "Dead")
                Assert.True(last > progression, r["patient_id"] + " died on the day of progression");
            if (!r.IsEmpty("second_line_start"))
            {
                var secondLine = r.Date("second_line_start");
                Assert.True(progression < secondLine && secondLine < last, r["patient_id"]);
                var secondProgression = r.OptionalDate("second_progression_date");
                Assert.True(secondProgression is null || (secondLine < secondProgression && secondProgression <= last), r["patient_id"]);
            }
            else
            {
                Assert.True(r.IsEmpty("second_line_class") && r.IsEmpty("second_progression_date"), r["patient_id"]);
            }
        });

    [Fact]
    public void VitalStatus_AliveMeansFollowedToTheEndOrLost()
    {
        var alive = Included.Where(r => r["vital_status"] == "Alive").ToList();
        Assert.All(Included, r => Assert.Contains(r["vital_status"], new[] { "Alive", "Dead" }));
        // Administrative censoring on the last day of follow-up, and a share lost to follow-up before it.
        Assert.InRange(alive.Count(r => r.Date("last_contact_date") == CohortCsv.FollowUpEnd), 100, 250);
        Assert.InRange(alive.Count(r => r.Date("last_contact_date") < CohortCsv.FollowUpEnd), 30, 150);
    }

    [Fact]
    public void Values_AreInClinicalRanges()
    {
        Assert.All(Csv.Rows, r =>
        {
            Assert.InRange(r.Number("age"), 18, 90);
            Assert.InRange(r.Number("afp_ng_ml"), 0.5, 60500);
            Assert.InRange(r.Number("tumour_size_cm"), 1, 20);
            Assert.InRange(r.Number("alt_u_l"), 5, 500);
            Assert.InRange(r.Number("ast_u_l"), 5, 600);
            Assert.InRange(r.Number("measurable_lesions"), 1, 6);
            Assert.Contains(r["bclc"], new[] { "A", "B", "C" });
            Assert.Contains(r["hepatitis_virus"], new[] { "HBV", "HCV", "None" });
            if (r["bclc"] != "C" && !r.IsEmpty("ecog"))
                Assert.Equal("0", r["ecog"]); // performance status 1-2 would make it BCLC C
        });
    }

    [Fact]
    public void Numbers_HaveFixedDecimals()
    {
        Assert.All(Csv.Rows, r =>
        {
            Assert.Matches(@"^\d+\.\d{2}$", r["afp_ng_ml"]);
            Assert.Matches(@"^\d+\.\d$", r["tumour_size_cm"]);
            Assert.Matches(@"^\d+$", r["age"]);
            Assert.Equal(r.Number("afp_ng_ml").ToString("F2", CultureInfo.InvariantCulture), r["afp_ng_ml"]);
        });
    }
}
