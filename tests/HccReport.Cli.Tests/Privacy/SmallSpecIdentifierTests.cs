using HccReport.Cli.Tests.Specs;
using HccReport.Core;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>
/// The small spec's data carry what a report could leak: rows without follow-up, for which the study's warnings name
/// the patients; a cell that is not a number, set to missing and counted; German-style dates. None reaches an output.
/// </summary>
[Collection(SmallCollection.Name)]
public class SmallSpecIdentifierTests(SmallReport small)
{
    private const string BadCell = "pending-lab-4417";

    [Fact]
    public void NoPatientIdDateOrCellTextIsInAnyOutput()
    {
        var data = PatientData.Read(TestSpecs.SmallData, "id", "dd.MM.yyyy");
        Assert.Equal(80, data.Ids.Count);
        Assert.Contains("02.09.2018", data.Dates);
        Assert.Contains("2018-09-02", data.Dates);
        IdentifierAssert.NoneIn(small.Report, data, BadCell);
    }

    [Fact]
    public void TheWarningsThatNamePatientsReachNoOutput()
    {
        // The study does warn, naming the rows it leaves out: the scan above is not passing for want of diagnostics.
        var study = Study.Load(TestSpecs.Small);
        var named = study.Warnings.Where(w => w.Format().Contains("SC-005", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(named);
        var texts = small.Report.ReadableText().ToList();
        foreach (var warning in named)
        {
            // The ids travel beside the message (printed on the console only), never inside it.
            Assert.DoesNotContain("SC-005", warning.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(texts, t => t.Text.Contains("SC-005", StringComparison.Ordinal));
            Assert.DoesNotContain(texts, t => t.Text.Contains("SC-050", StringComparison.Ordinal));
        }
        // The bad cell is counted in the data-quality section, by column and reason only.
        Assert.Contains("1 cells of afp were set to missing (text in a number column).", small.Report.PdfText("report.pdf"), StringComparison.Ordinal);
    }
}
