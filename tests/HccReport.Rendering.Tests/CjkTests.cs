using HccReport.Rendering.Outputs;
using HccReport.Rendering.Tests.Support;
using HccReport.Results;
using SkiaSharp;

namespace HccReport.Rendering.Tests;

public class CjkTests
{
    private const string Centre = "贵州医科大学附属医院";

    private static ReportResults WithGroup(string level)
    {
        var sample = SampleReport.Create();
        return sample with
        {
            Flow = sample.Flow with { Groups = [new FlowGroup { Level = level, N = 169 }, new FlowGroup { Level = "Secondary", N = 362 }] },
        };
    }

    private static bool InstalledFontHas(string text) =>
        SKFontManager.Default.FontFamilies.Any(f => SKFontManager.Default.MatchFamily(f) is { } t && t.ContainsGlyphs(text));

    [Fact]
    public void ChineseNamesRenderWithAnInstalledFontOrTheReportSaysOneIsMissing()
    {
        using var render = new Render(WithGroup(Centre), new RenderOptions { Formats = [ReportFormat.Pdf] });
        // Page 1 holds the flow sentence; reading only it spares PdfPig the whole CJK font on every page.
        var text = PdfText.Page(render.Bytes("report.pdf"), 1);
        if (InstalledFontHas(Centre))
        {
            // CJK text may break between any two characters, so compare without the spaces line breaks leave.
            Assert.Contains($"169(31.8%)inthe{Centre}group", text.Replace(" ", "", StringComparison.Ordinal));
            Assert.DoesNotContain("no installed font has them", text);
            Assert.Empty(render.Report.Warnings);
        }
        else
        {
            Assert.Contains("no installed font has them either: they are printed as empty boxes", text);
            Assert.NotEmpty(render.Report.Warnings);
        }
    }

    [Fact]
    public void CharactersNoFontHasAreNamedInAVisibleNote()
    {
        // Egyptian hieroglyphs: in no font a Debian machine is likely to have.
        const string level = "Group \U00013000";
        if (InstalledFontHas("\U00013000")) return; // a machine with a hieroglyph font proves nothing here
        using var render = new Render(WithGroup(level), new RenderOptions { Formats = [ReportFormat.Pdf] });
        var first = PdfText.Page(render.Bytes("report.pdf"), 1);
        Assert.Contains("(for example U+13000) that the report's font, Liberation Sans, does not have, and no installed font has them either", first);
        Assert.Contains("fonts-noto-cjk", first);
        Assert.Single(render.Report.Warnings);
    }
}
