using HccReport.Rendering.Html;
using HccReport.Rendering.Outputs;
using HccReport.Rendering.Tests.Support;

namespace HccReport.Rendering.Tests;

public sealed class TemplateTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "hccreport-template-tests", Guid.NewGuid().ToString("N"));
    private readonly string spec;
    private readonly string outside;

    public TemplateTests()
    {
        spec = Path.Combine(root, "study");
        outside = Path.Combine(root, "elsewhere");
        Directory.CreateDirectory(spec);
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.sbn"), "TOP-SECRET-CONTENT");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Template(string name, string text)
    {
        var path = Path.Combine(spec, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string RenderHtml(string template)
    {
        var output = Path.Combine(root, "out");
        ReportRenderer.Render(SampleReport.Create(), new RenderOptions { Formats = [ReportFormat.Html], TemplatePath = template, SpecDirectory = spec }, output, new PlaceholderFigures());
        return File.ReadAllText(Path.Combine(output, "report.html"));
    }

    [Fact]
    public void CustomTemplateUsesItsOwnPartialsAndTheBuiltInOnes()
    {
        Template("partial.sbn", "<p class=\"mine\">Centre logo goes here</p>");
        var template = Template("custom.html.sbn",
            "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"{{ csp }}\"><title>{{ title }}</title></head><body>" +
            "{{ include 'partial.sbn' }}<h1>{{ title }}</h1>" +
            "{{ for section in sections }}{{ for block in section.blocks }}{{ if block.type == 'table'; table = block.table; include 'table.sbn'; end }}{{ end }}{{ end }}" +
            "</body></html>");
        var html = RenderHtml(template);
        Assert.Contains("<p class=\"mine\">Centre logo goes here</p>", html);
        Assert.Contains("<caption><span class=\"label\">Table 2.</span> Baseline characteristics by type of resistance</caption>", html);
    }

    [Theory]
    [InlineData("../elsewhere/secret.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../elsewhere/secret.sbn")]
    [InlineData("C:secret.sbn")]
    public void IncludesOutsideTheFoldersAreRefused(string include)
    {
        var template = Template("bad.html.sbn", $"<html>{{{{ include '{include}' }}}}</html>");
        var e = Assert.Throws<TemplateException>(() => RenderHtml(template));
        Assert.Contains("refused", e.Message);
        Assert.False(File.Exists(Path.Combine(root, "out", "report.html")));
    }

    [Fact]
    public void LinksOutOfTheFolderAreRefused()
    {
        File.CreateSymbolicLink(Path.Combine(spec, "linked.sbn"), Path.Combine(outside, "secret.sbn"));
        Directory.CreateSymbolicLink(Path.Combine(spec, "dir"), outside);
        var viaFile = Template("file.html.sbn", "{{ include 'linked.sbn' }}");
        var viaDir = Template("dir.html.sbn", "{{ include 'dir/secret.sbn' }}");
        Assert.Contains("outside", Assert.Throws<TemplateException>(() => RenderHtml(viaFile)).Message);
        Assert.Contains("outside", Assert.Throws<TemplateException>(() => RenderHtml(viaDir)).Message);
    }

    [Fact]
    public void TemplateOutsideTheSpecFolderIsRefused()
    {
        var template = Path.Combine(outside, "t.html.sbn");
        File.WriteAllText(template, "<html></html>");
        Assert.Throws<TemplateException>(() => RenderHtml(template));
    }

    [Fact]
    public void UnknownIncludeAndBrokenSyntaxAreReported()
    {
        Assert.Contains("was not found", Assert.Throws<TemplateException>(() => RenderHtml(Template("a.html.sbn", "{{ include 'nothing.sbn' }}"))).Message);
        Assert.Contains("does not parse", Assert.Throws<TemplateException>(() => RenderHtml(Template("b.html.sbn", "{{ for x in }}"))).Message);
    }
}
