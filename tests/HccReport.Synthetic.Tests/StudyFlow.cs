namespace HccReport.Synthetic.Tests;

/// <summary>
/// The study's selection and grouping rules applied to the CSV, written from the paper's Methods and
/// the spec's definitions: four inclusion criteria, then seven exclusion reasons counted under the first
/// that applies, then primary resistance as progression within 3 months (30.4375-day months) of
/// lenvatinib start.
/// </summary>
internal static class StudyFlow
{
    public const double DaysPerMonth = 30.4375;

    public static readonly (string Criterion, Func<CohortCsv.Row, bool> Met)[] Inclusion =
    [
        ("HCC diagnosed on imaging", r => r.Yes("imaging_diagnosis")),
        ("Child-Pugh class A or B", r => r["child_pugh"] is "A" or "B"),
        ("At least one measurable lesion", r => r.Number("measurable_lesions") >= 1),
        ("Imaging within 3 months", r => r.DaysBetween("lenvatinib_start", "first_evaluation_date") / DaysPerMonth <= 3),
    ];

    public static readonly (string Reason, Func<CohortCsv.Row, bool> Applies)[] Exclusion =
    [
        ("Other primary tumours", r => r.Yes("other_primary_tumour")),
        ("Immune monotherapy", r => r["second_line_class"] == "PD-1 monotherapy"),
        ("Not taking medication as prescribed", r => r["lenvatinib_adherence"] == "Non-adherent"),
        ("Death within one month", r => r["vital_status"] == "Dead" && r.DaysBetween("lenvatinib_start", "last_contact_date") / DaysPerMonth <= 1),
        ("No HBV/HCV infection", r => r["hepatitis_virus"] == "None"),
        ("Lenvatinib intolerance", r => r.Yes("lenvatinib_intolerance")),
        ("Missing follow-up data", r => r.IsEmpty("last_contact_date")),
    ];

    /// <summary>Rows failing each inclusion criterion, then rows under each exclusion reason, each row counted once under its first.</summary>
    public static (int[] NotMeeting, int[] Excluded, List<CohortCsv.Row> Included) Apply(IEnumerable<CohortCsv.Row> rows)
    {
        var notMeeting = new int[Inclusion.Length];
        var excluded = new int[Exclusion.Length];
        var included = new List<CohortCsv.Row>();
        foreach (var row in rows)
        {
            int failed = Array.FindIndex(Inclusion, c => !c.Met(row));
            if (failed >= 0)
            {
                notMeeting[failed]++;
                continue;
            }
            int reason = Array.FindIndex(Exclusion, e => e.Applies(row));
            if (reason >= 0)
                excluded[reason]++;
            else
                included.Add(row);
        }
        return (notMeeting, excluded, included);
    }

    public static bool IsPrimary(CohortCsv.Row row) =>
        row.DaysBetween("lenvatinib_start", "progression_date") / DaysPerMonth <= 3;
}
