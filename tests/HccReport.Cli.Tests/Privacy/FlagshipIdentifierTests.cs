using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>
/// No output of the flagship names a patient or prints a date of the data: ids and dates are row-level, and the
/// specs ask for no listing. (Survival times in results.json are intervals derived from two dates, as R's survfit
/// prints them; they are not scanned for. See docs/spec.md, suppress_below.)
/// </summary>
[Collection(FlagshipCollection.Name)]
public class FlagshipIdentifierTests(FlagshipReport flagship)
{
    [Fact]
    public void NoPatientIdOrDateOfTheDataIsInAnyOutput()
    {
        var data = PatientData.Read(TestSpecs.FlagshipData, "patient_id", "yyyy-MM-dd");
        Assert.Equal(634, data.Ids.Count);
        Assert.Contains("GMU-0001", data.Ids);
        Assert.Contains("2019-02-22", data.Dates);
        IdentifierAssert.NoneIn(flagship.Report, data);
    }
}
