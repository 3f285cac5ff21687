using System.Globalization;
using System.Text;
using CsvHelper;

namespace HccReport.Synthetic;

/// <summary>
/// The export format: one header row, the columns of <see cref="Columns"/>, ISO dates, invariant
/// numbers with fixed decimals, "Yes"/"No" for flags, empty cells for missing values, "\n" line ends
/// and UTF-8 without a byte-order mark. Every cell is written as a string built here, so nothing
/// depends on the machine's culture or on CsvHelper's type conversion.
/// </summary>
internal static class LenvatinibCsv
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "patient_id", "centre", "sex", "age", "hepatitis_virus",
        "diabetes", "hypertension", "smoking", "drinking",
        "cirrhosis", "portal_hypertension", "splenomegaly", "child_pugh", "ecog", "bclc",
        "tumour_size_cm", "measurable_lesions", "vascular_invasion", "extrahepatic_metastasis",
        "afp_ng_ml", "alt_u_l", "ast_u_l", "albumin_g_l", "total_bilirubin_umol_l", "platelets_10e9_l",
        "imaging_diagnosis", "other_primary_tumour",
        "lenvatinib_start", "lenvatinib_adherence", "lenvatinib_intolerance", "first_evaluation_date", "progression_date",
        "second_line_start", "second_line_class", "second_line_tki", "second_line_pd1", "second_progression_date",
        "last_contact_date", "vital_status",
    ];

    public static UTF8Encoding Encoding { get; } = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(IReadOnlyList<LenvatinibPatient> patients, TextWriter writer)
    {
        var options = new CsvWriterOptions
        {
            NewLine = "\n",
            FormatProvider = CultureInfo.InvariantCulture,
            Quoting = CsvQuoting.WhenNeeded,
            Injection = CsvInjection.None,
        };
        using var csv = CsvWriter.Create(writer, options, true);
        csv.WriteRecord(Columns.ToArray());
        foreach (var p in patients)
            csv.WriteRecord(Cells(p).ToArray());
        csv.Flush();
    }

    private static IEnumerable<string> Cells(LenvatinibPatient p)
    {
        yield return p.PatientId;
        yield return p.Centre == LenvatinibCentre.GuizhouMedicalUniversity ? "GMU" : "PLA5";
        yield return p.Sex == Sex.Male ? "Male" : "Female";
        yield return Integer(p.Age);
        yield return p.HepatitisVirus switch { HepatitisVirus.Hbv => "HBV", HepatitisVirus.Hcv => "HCV", _ => "None" };
        yield return YesNo(p.Diabetes);
        yield return YesNo(p.Hypertension);
        yield return YesNo(p.Smoking);
        yield return YesNo(p.Drinking);
        yield return YesNo(p.Cirrhosis);
        yield return YesNo(p.PortalHypertension);
        yield return YesNo(p.Splenomegaly);
        yield return p.ChildPugh.ToString();
        yield return Integer(p.Ecog);
        yield return p.Bclc.ToString();
        yield return Fixed(p.TumourSizeCm, "F1");
        yield return Integer(p.MeasurableLesions);
        yield return YesNo(p.VascularInvasion);
        yield return YesNo(p.ExtrahepaticMetastasis);
        yield return Fixed(p.AfpNgPerMl, "F2");
        yield return Integer(p.AltUPerL);
        yield return Integer(p.AstUPerL);
        yield return Fixed(p.AlbuminGPerL, "F1");
        yield return Fixed(p.TotalBilirubinUmolPerL, "F1");
        yield return Integer(p.Platelets);
        yield return YesNo(p.ImagingDiagnosis);
        yield return YesNo(p.OtherPrimaryTumour);
        yield return Date(p.LenvatinibStart);
        yield return p.AdherentToLenvatinib ? "Adherent" : "Non-adherent";
        yield return YesNo(p.LenvatinibIntolerance);
        yield return Date(p.FirstEvaluationDate);
        yield return Date(p.ProgressionDate);
        yield return Date(p.SecondLineStart);
        yield return p.SecondLineClass switch
        {
            null => "",
            SecondLineClass.Tki => "TKI",
            SecondLineClass.Combination => "Combination",
            _ => "PD-1 monotherapy",
        };
        yield return p.SecondLineTki ?? "";
        yield return p.SecondLinePd1 ?? "";
        yield return Date(p.SecondProgressionDate);
        yield return Date(p.LastContactDate);
        yield return p.VitalStatus switch { null => "", VitalStatus.Alive => "Alive", _ => "Dead" };
    }

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Fixed(decimal? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
