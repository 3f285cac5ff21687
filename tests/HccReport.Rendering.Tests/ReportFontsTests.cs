using HccReport.Rendering.Fonts;

namespace HccReport.Rendering.Tests;

public class ReportFontsTests
{
    [Fact]
    public void BundledFacesLoadWithTheirOwnFamilyName()
    {
        Assert.Equal(ReportFonts.Family, ReportFonts.Regular.FamilyName);
        Assert.True(ReportFonts.Bold.IsBold);
        Assert.True(ReportFonts.Italic.IsItalic);
    }

    [Fact]
    public void SameFaceIsReturnedEveryTime() => Assert.Same(ReportFonts.Regular, ReportFonts.Get(false, false));
}
