using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using HccReport.Rendering.Outputs;
using HccReport.Rendering.Pdf;
using HccReport.Rendering.Tables;
using Scriban;
using Scriban.Runtime;

namespace HccReport.Rendering.Html;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML file through a Scriban template: CSS and SVG
/// inline, a Content-Security-Policy that forbids every request, semantic tables, no script.
/// </summary>
/// <remarks>
/// Every text in the template model is already HTML-escaped (a template outputs it as it is and must not escape
/// it again); the only raw members are <c>figure.svg</c> and <c>page_css</c>, which this class produces itself.
/// </remarks>
public static partial class HtmlReportWriter
{
    /// <summary>The Content-Security-Policy every report carries: no request of any kind, inline styles, data: images.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>Name of the built-in template.</summary>
    public const string DefaultTemplate = "report.html.sbn";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The HTML text of the report.</summary>
    /// <param name="document">The report's content.</param>
    /// <param name="pageSize">Paper size for printing.</param>
    /// <param name="templatePath">A custom template (absolute path), or null for the built-in one.</param>
    /// <param name="specDirectory">The folder a custom template and its includes must lie in; null for the template's own folder.</param>
    /// <exception cref="TemplateException">The template is outside its folder, includes a refused file, or does not parse.</exception>
    public static string Write(ReportDocument document, PageSize pageSize, string? templatePath = null, string? specDirectory = null)
    {
        string text;
        string sourceName;
        SafeTemplateLoader loader;
        if (templatePath is null)
        {
            text = SafeTemplateLoader.BuiltIn(DefaultTemplate) ?? throw new TemplateException("The built-in template is missing from the assembly.");
            sourceName = DefaultTemplate;
            loader = new SafeTemplateLoader(null);
        }
        else
        {
            var full = Path.GetFullPath(templatePath);
            var root = specDirectory ?? Path.GetDirectoryName(full)!;
            loader = new SafeTemplateLoader(root);
            loader.CheckInside(full, templatePath);
            if (!File.Exists(full)) throw new TemplateException($"Template '{templatePath}' does not exist.");
            text = File.ReadAllText(full);
            sourceName = full;
        }

        var template = Template.Parse(text, sourceName);
        if (template.HasErrors)
            throw new TemplateException($"Template '{Path.GetFileName(sourceName)}' does not parse: {string.Join("; ", template.Messages.Select(m => m.ToString()))}");

        var context = new TemplateContext
        {
            TemplateLoader = loader,
            NewLine = "\n",
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
        };
        context.PushGlobal(Model(document, pageSize));
        try
        {
            var html = template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
            return templatePath is null ? html : WithPolicyFirst(html);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e) when (e.InnerException is TemplateException inner)
        {
            throw inner;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new TemplateException($"Template '{Path.GetFileName(sourceName)}' failed: {e.Message}", e);
        }
    }

    /// <summary>
    /// The HTML of a custom template with the Content-Security-Policy meta tag put first in its head. A template may
    /// leave the tag out (templates/README.md asks authors to keep it) or load something before it, and a shared
    /// template could then make the report fetch a URL, with report text in it, when opened: the policy must govern
    /// the whole document whatever the template says. Without a head start tag it goes after the html start tag or
    /// the doctype, and the HTML parser opens the head around it.
    /// </summary>
    internal static string WithPolicyFirst(string html)
    {
        var meta = $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">";
        var opening = DocumentOpening().Match(html);
        var after = new[] { "head", "html", "doctype" }.Select(name => opening.Groups[name]).FirstOrDefault(g => g.Success);
        var at = after is null ? 0 : after.Index + after.Length;
        return html[..at] + meta + html[at..];
    }

    /// <summary>HTML-escapes a text (all of Unicode kept as characters, so Chinese names stay readable in the source).</summary>
    public static string Escape(string text) => Encoder.Encode(text);

    private static ScriptObject Model(ReportDocument document, PageSize pageSize)
    {
        var model = new ScriptObject
        {
            ["title"] = Escape(document.Title),
            ["subtitle"] = document.Subtitle is null ? null : Escape(document.Subtitle),
            ["synthetic"] = document.Synthetic,
            ["synthetic_notice"] = Escape(document.SyntheticNotice),
            ["synthetic_statement"] = document.SyntheticStatement is null ? null : Escape(document.SyntheticStatement),
            ["title_notes"] = Array(document.TitleNotes.Select(Escape)),
            ["provenance"] = Array(document.Provenance.Select(p => Object(("key", Escape(p.Key)), ("value", Escape(p.Value))))),
            ["generator"] = Escape(document.Creator),
            ["csp"] = ContentSecurityPolicy,
            ["page_css"] = PageCss(document, pageSize),
        };
        var sections = new ScriptArray();
        var number = 0;
        foreach (var section in document.Sections)
        {
            var blocks = new ScriptArray();
            foreach (var block in section.Blocks)
            {
                blocks.Add(block switch
                {
                    ParagraphBlock p => Object(("type", p.Kind switch { ParagraphKind.Warning => "warning", ParagraphKind.Note => "note", _ => "paragraph" }), ("text", Escape(p.Text))),
                    TableBlock t => Object(("type", "table"), ("table", Table(t))),
                    FigureBlock f => Object(("type", "figure"), ("figure", Figure(f))),
                    _ => throw new InvalidOperationException("Unknown block " + block.GetType().Name),
                });
            }
            sections.Add(Object(
                ("id", Escape(Anchor(section.Id))),
                ("number", (++number).ToString(CultureInfo.InvariantCulture)),
                ("heading", Escape(section.Heading)),
                ("blocks", blocks)));
        }
        model["sections"] = sections;
        return model;
    }

    private static ScriptObject Table(TableBlock block)
    {
        var table = block.Table;
        var columns = Array(table.Columns.Select((c, i) => Object(
            ("heading", Escape(c.Heading)),
            ("align", AlignClass(c.Align)),
            ("scope", "col"))));
        // The spanning-heading row covers every column: gaps are empty cells.
        var groupRow = new ScriptArray();
        for (var i = 0; i < table.Columns.Count;)
        {
            var group = table.Groups.FirstOrDefault(g => g.First == i);
            if (group is null)
            {
                groupRow.Add(Object(("heading", ""), ("span", 1), ("empty", true)));
                i++;
            }
            else
            {
                groupRow.Add(Object(("heading", Escape(group.Heading)), ("span", group.Span), ("empty", false)));
                i += group.Span;
            }
        }
        var rows = new ScriptArray();
        foreach (var row in table.Rows)
        {
            var cells = Array(row.Cells.Select((c, i) => Object(
                ("text", Escape(c.Text)),
                ("mark", c.Mark is null ? null : Escape(c.Mark)),
                ("emphasis", c.Emphasis),
                ("align", AlignClass(i < table.Columns.Count ? table.Columns[i].Align : ColumnAlign.Left)))));
            rows.Add(Object(
                ("kind", row.Kind == TableRowKind.Section ? "section" : "data"),
                ("indent", row.Indent),
                ("cells", cells)));
        }
        var notes = new List<string>(table.Notes);
        if (table.AbbreviationLine is string abbreviations) notes.Add(abbreviations);
        return Object(
            ("id", Escape("table-" + Anchor(table.Name))),
            ("label", Escape(block.Label)),
            ("title", Escape(table.Title)),
            ("columns", columns),
            ("column_count", table.Columns.Count),
            ("has_groups", table.Groups.Count > 0),
            ("group_row", groupRow),
            ("rows", rows),
            ("notes", Array(notes.Select(Escape))));
    }

    private static ScriptObject Figure(FigureBlock block) =>
        Object(
            ("id", Escape("figure-" + Anchor(block.Figure.Name))),
            ("label", Escape(block.Label)),
            ("caption", Escape(block.Caption)),
            ("svg", InlineSvg(block.Figure.ToSvg())));

    /// <summary>
    /// An SVG document made fit to sit inside HTML: the XML declaration, doctype and comments go, and so do
    /// namespace declarations, which HTML does not need and which are the URLs an SVG usually carries.
    /// </summary>
    internal static string InlineSvg(string svg)
    {
        var text = XmlDeclaration().Replace(svg, "");
        text = Doctype().Replace(text, "");
        text = Comment().Replace(text, ""); // plotting libraries sign their SVG with their web address

        text = NamespaceDeclaration().Replace(text, "");
        return text.Trim();
    }

    /// <summary>The @page rules: paper size, running title, synthetic notice and page numbers when printed.</summary>
    private static string PageCss(ReportDocument document, PageSize pageSize)
    {
        var size = pageSize == PageSize.Letter ? "letter" : "A4";
        var css = new StringBuilder();
        css.Append("@page { size: ").Append(size).Append("; margin: 20mm 18mm 18mm 18mm;");
        css.Append(" @top-left { content: ").Append(CssString(document.Title)).Append("; font-size: 7.5pt; color: #555; }");
        if (document.Synthetic)
            css.Append(" @top-right { content: ").Append(CssString(document.SyntheticNotice)).Append("; font-size: 8pt; font-weight: bold; color: #b00020; }");
        css.Append(" @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-size: 7.5pt; color: #555; }");
        css.Append(" @bottom-left { content: ").Append(CssString(document.Creator)).Append("; font-size: 7.5pt; color: #555; }");
        css.Append(" }");
        return css.ToString();
    }

    /// <summary>A CSS string literal; everything but letters, digits and spaces is escaped, so no text can close the style element.</summary>
    internal static string CssString(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) && rune.Value < 128 || rune.Value == ' ')
                sb.Append((char)rune.Value);
            else if (rune.Value >= 128 && Rune.IsLetterOrDigit(rune))
                sb.Append(rune.ToString());
            else
                sb.Append('\\').Append(rune.Value.ToString("X6", CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }

    /// <summary>An id usable as an HTML anchor.</summary>
    private static string Anchor(string id) => NotAnchor().Replace(id, "-");

    private static string AlignClass(ColumnAlign align) =>
        align switch
        {
            ColumnAlign.Left => "l",
            ColumnAlign.Right => "r",
            _ => "c",
        };

    private static ScriptObject Object(params (string Key, object? Value)[] members)
    {
        var o = new ScriptObject();
        foreach (var (key, value) in members) o[key] = value;
        return o;
    }

    private static ScriptArray Array<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(item);
        return array;
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<!DOCTYPE[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();

    [GeneratedRegex(@"\s+xmlns(:[A-Za-z0-9_-]+)?\s*=\s*(""[^""]*""|'[^']*')")]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    /// <summary>What may precede a document's first element: doctype, comments, the html and head start tags.</summary>
    [GeneratedRegex(@"\A\s*(?<doctype><!DOCTYPE[^>]*>)?(\s|<!--.*?-->)*(?<html><html(\s[^>]*)?>)?(\s|<!--.*?-->)*(?<head><head(\s[^>]*)?>)?",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DocumentOpening();

    [GeneratedRegex(@"[^A-Za-z0-9_-]")]
    private static partial Regex NotAnchor();
}
