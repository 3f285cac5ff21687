using System.Globalization;

namespace HccReport.Synthetic;

/// <summary>
/// The synthetic cohort behind the flagship report: 634 patients screened for first-line lenvatinib,
/// built so that the flow of Figure 1, every count of Table 1 and the second-line counts of
/// Zhang et al. (J Hepatocell Carcinoma 2024, "Impact of type of lenvatinib resistance on prognosis
/// and second-line regimen in patients with virus-associated HCC") come out exactly, and the survival
/// estimates close to the published ones. The patients are invented; the real data are not public.
/// </summary>
/// <remarks>
/// The output depends on the seed only: the generator has its own random number generator
/// (xoshiro256**) and its own logarithm and exponential, and formats every value with the invariant
/// culture, so a seed gives the same bytes on every machine. docs/synthetic-cohort.md describes the
/// model and compares the published numbers with those of the default seed.
/// </remarks>
public static class LenvatinibCohort
{
    /// <summary>
    /// The seed of the committed cohort: the first seed from 20240229 (the last day of follow-up) upward for
    /// which every published significance pattern holds and every published median is reached
    /// (tests/reference/flagship/tune.R; docs/synthetic-cohort.md).
    /// </summary>
    public const int DefaultSeed = 20240334;

    /// <summary>File name of the committed cohort under config/; it says that the data are synthetic.</summary>
    public const string DefaultFileName = "lenvatinib-cohort-synthetic.csv";

    /// <summary>The CSV's columns, in order.</summary>
    public static IReadOnlyList<string> Columns => LenvatinibCsv.Columns;

    /// <summary>
    /// All 634 screened patients: 531 included (169 with primary and 362 with secondary resistance)
    /// and 103 excluded, sorted by centre and lenvatinib start as a hospital export would be.
    /// </summary>
    /// <param name="seed">Any seed gives the published exact counts; only <see cref="DefaultSeed"/> was tuned for the survival estimates.</param>
    public static IReadOnlyList<LenvatinibPatient> Generate(int seed = DefaultSeed)
    {
        var calendar = new EnrolmentCalendar();
        var regimens = Xoshiro256StarStar.ForStream(seed, "regimens");
        var tki = LenvatinibDesign.TkiMonotherapies.ToList();
        var combinations = LenvatinibDesign.OtherCombinations.ToList();
        regimens.Shuffle(tki);
        regimens.Shuffle(combinations);
        var tkiQueue = new Queue<string>(tki);
        var combinationQueue = new Queue<(string Tki, string Pd1)>(combinations);

        var drafts = new List<PatientDraft>();
        foreach (var quota in new[] { LenvatinibDesign.Primary, LenvatinibDesign.Secondary })
        {
            string name = quota.Resistance.ToString();
            var group = BaselineGenerator.BuildGroup(quota, Xoshiro256StarStar.ForStream(seed, "baseline/" + name));
            OutcomeGenerator.Generate(group, quota, calendar, tkiQueue, combinationQueue, Xoshiro256StarStar.ForStream(seed, "outcome/" + name));
            drafts.AddRange(group);
        }
        drafts.AddRange(ExclusionGenerator.Generate(calendar, Xoshiro256StarStar.ForStream(seed, "excluded")));

        var export = Xoshiro256StarStar.ForStream(seed, "export");
        foreach (var p in drafts)
        {
            p.Centre = export.NextBool(0.58) ? LenvatinibCentre.GuizhouMedicalUniversity : LenvatinibCentre.PlaFifthMedicalCenter;
            p.SortKey = export.NextDouble();
        }
        var patients = new List<LenvatinibPatient>(drafts.Count);
        foreach (var centre in drafts.GroupBy(p => p.Centre).OrderBy(g => g.Key))
        {
            string code = centre.Key == LenvatinibCentre.GuizhouMedicalUniversity ? "GMU" : "PLA5";
            int number = 0;
            foreach (var p in centre.OrderBy(p => p.LenvatinibStart).ThenBy(p => p.SortKey))
                patients.Add(p.ToPatient(code + "-" + (++number).ToString("D4", CultureInfo.InvariantCulture)));
        }
        return patients;
    }

    /// <summary>Writes the cohort as CSV (UTF-8 without BOM, "\n" line ends, invariant numbers, ISO dates).</summary>
    public static void WriteCsv(IReadOnlyList<LenvatinibPatient> patients, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(writer);
        LenvatinibCsv.Write(patients, writer);
    }

    /// <summary>Writes the cohort as a CSV file, replacing it if it exists.</summary>
    public static void WriteCsv(IReadOnlyList<LenvatinibPatient> patients, string path)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var writer = new StreamWriter(path, append: false, LenvatinibCsv.Encoding);
        LenvatinibCsv.Write(patients, writer);
    }

    /// <summary>The cohort's CSV as bytes: what <see cref="WriteCsv(IReadOnlyList{LenvatinibPatient}, string)"/> writes.</summary>
    public static byte[] ToCsvBytes(IReadOnlyList<LenvatinibPatient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        LenvatinibCsv.Write(patients, writer);
        return LenvatinibCsv.Encoding.GetBytes(writer.ToString());
    }
}
