using System.Globalization;

namespace HccReport.Synthetic.Tests;

/// <summary>config/lenvatinib.yaml points at the generator's file and says, with the right seed, that the data are synthetic.</summary>
public sealed class FlagshipSpecTests
{
    private static readonly string[] Lines =
        File.ReadAllLines(Path.Combine(CohortCsv.RepositoryRoot(), "config", "lenvatinib.yaml"));

    private static string Value(string key) =>
        Lines.Single(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim();

    [Fact]
    public void Spec_IsLabelledSyntheticWithTheGeneratorsSeed()
    {
        Assert.Equal("true", Value("synthetic"));
        string note = string.Join(" ", Lines.SkipWhile(l => !l.StartsWith("data_note:", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()));
        Assert.Contains("synthetic", note, StringComparison.Ordinal);
        Assert.Contains("seed " + LenvatinibCohort.DefaultSeed.ToString(CultureInfo.InvariantCulture), note, StringComparison.Ordinal);
    }

    [Fact]
    public void Spec_ReadsTheGeneratedFile() =>
        Assert.Contains("  path: " + LenvatinibCohort.DefaultFileName, Lines);

    [Fact]
    public void Spec_FollowsTheSoftwareThePaperUsed() => Assert.Equal("spss", Value("compat"));

    [Fact]
    public void Spec_DerivesOnlyFromColumnsTheFileHas()
    {
        // Every data column a derivation, criterion or endpoint names must be one of the CSV's.
        string[] used = ["lenvatinib_start", "progression_date", "vital_status", "second_line_start", "second_progression_date",
            "last_contact_date", "second_line_class", "age", "sex", "diabetes", "hypertension", "smoking", "drinking",
            "hepatitis_virus", "vascular_invasion", "extrahepatic_metastasis", "portal_hypertension", "splenomegaly", "cirrhosis",
            "afp_ng_ml", "alt_u_l", "ast_u_l", "tumour_size_cm", "child_pugh", "bclc", "second_line_tki", "second_line_pd1",
            "imaging_diagnosis", "measurable_lesions", "first_evaluation_date", "other_primary_tumour", "lenvatinib_adherence",
            "lenvatinib_intolerance", "patient_id", "centre"];
        Assert.All(used, column => Assert.Contains(column, LenvatinibCohort.Columns));
        Assert.All(used, column => Assert.Contains(Lines, l => l.Contains(column, StringComparison.Ordinal)));
    }
}
