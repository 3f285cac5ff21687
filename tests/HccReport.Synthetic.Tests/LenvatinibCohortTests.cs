using System.Globalization;

namespace HccReport.Synthetic.Tests;

/// <summary>The generator's output is a pure function of the seed, and the committed file is that output.</summary>
public sealed class LenvatinibCohortTests
{
    private static readonly Lazy<byte[]> DefaultBytes = new(() => LenvatinibCohort.ToCsvBytes(LenvatinibCohort.Generate()));

    [Fact]
    public void Generate_TwiceGivesIdenticalBytes() =>
        Assert.Equal(DefaultBytes.Value, LenvatinibCohort.ToCsvBytes(LenvatinibCohort.Generate(LenvatinibCohort.DefaultSeed)));

    [Fact]
    public void CommittedCsv_IsTheGeneratorsOutput()
    {
        // Nobody edits config/lenvatinib-cohort-synthetic.csv by hand: regenerate it (docs/synthetic-cohort.md).
        var committed = File.ReadAllBytes(Path.Combine(CohortCsv.RepositoryRoot(), CohortCsv.RelativePath));
        Assert.True(DefaultBytes.Value.SequenceEqual(committed),
            "config/lenvatinib-cohort-synthetic.csv differs from LenvatinibCohort.Generate(); regenerate it.");
    }

    [Fact]
    public void WriteCsv_ToAFileWritesTheSameBytes()
    {
        string path = Path.Combine(Path.GetTempPath(), $"hccreport-synthetic-{Guid.NewGuid():N}.csv");
        try
        {
            LenvatinibCohort.WriteCsv(LenvatinibCohort.Generate(), path);
            Assert.Equal(DefaultBytes.Value, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteCsv_ToATextWriterWritesTheSameText()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        LenvatinibCohort.WriteCsv(LenvatinibCohort.Generate(), writer);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(DefaultBytes.Value), writer.ToString());
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Output_DoesNotDependOnTheCurrentCulture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(DefaultBytes.Value, LenvatinibCohort.ToCsvBytes(LenvatinibCohort.Generate()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void Output_IsUtf8WithoutByteOrderMarkAndWithUnixLineEnds()
    {
        Assert.NotEqual(0xEF, DefaultBytes.Value[0]);
        Assert.DoesNotContain((byte)'\r', DefaultBytes.Value);
        Assert.Equal((byte)'\n', DefaultBytes.Value[^1]);
    }

    [Fact]
    public void Header_IsTheDocumentedColumns()
    {
        var csv = CohortCsv.Parse(System.Text.Encoding.UTF8.GetString(DefaultBytes.Value));
        Assert.Equal(LenvatinibCohort.Columns, csv.Header);
        Assert.Equal(39, csv.Header.Count);
    }

    [Fact]
    public void FileName_SaysTheDataAreSynthetic()
    {
        Assert.Contains("synthetic", LenvatinibCohort.DefaultFileName, StringComparison.Ordinal);
        Assert.Equal("config/" + LenvatinibCohort.DefaultFileName, CohortCsv.RelativePath);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20240229)]
    public void OtherSeeds_GiveOtherPatientsButTheSamePublishedCounts(int seed)
    {
        var bytes = LenvatinibCohort.ToCsvBytes(LenvatinibCohort.Generate(seed));
        Assert.False(bytes.SequenceEqual(DefaultBytes.Value));
        var csv = CohortCsv.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        var (notMeeting, excluded, included) = StudyFlow.Apply(csv.Rows);
        Assert.Equal(new[] { 0, 0, 0, 0 }, notMeeting);
        Assert.Equal(new[] { 7, 9, 10, 12, 14, 23, 28 }, excluded);
        var primary = included.Where(StudyFlow.IsPrimary).ToList();
        var secondary = included.Where(r => !StudyFlow.IsPrimary(r)).ToList();
        Assert.Equal((169, 362), (primary.Count, secondary.Count));
        foreach (var row in Table1Rows.All)
            Assert.Equal((row.Label, row.Primary, row.Secondary), (row.Label, primary.Count(row.Yes), secondary.Count(row.Yes)));
        Assert.Equal((63, 121), (primary.Count(r => !r.IsEmpty("second_line_start")), secondary.Count(r => !r.IsEmpty("second_line_start"))));
    }

    [Fact]
    public void Generate_GivesOneRecordPerScreenedPatient()
    {
        var patients = LenvatinibCohort.Generate();
        Assert.Equal(634, patients.Count);
        Assert.Equal(634, patients.Select(p => p.PatientId).Distinct().Count());
        Assert.Equal(531, patients.Count(p => p.HepatitisVirus != HepatitisVirus.None && !p.OtherPrimaryTumour && p.AdherentToLenvatinib
            && !p.LenvatinibIntolerance && p.SecondLineClass != SecondLineClass.Pd1Monotherapy && p.LastContactDate is not null
            && !(p.VitalStatus == VitalStatus.Dead && p.LastContactDate.Value.DayNumber - p.LenvatinibStart.DayNumber <= 30)));
    }
}
