using AngleSharp.Html.Parser;
using HccReport.Cli.Tests.Specs;

namespace HccReport.Cli.Tests.Privacy;

/// <summary>The small counts <see cref="SmallCountScanner"/> finds in each output of a report, one list per format.</summary>
internal static class SmallCounts
{
    /// <summary>Every cell (headers included) of every tables/*.csv.</summary>
    public static List<string> InCsv(ReportFolder report, int below)
    {
        var found = new List<string>();
        foreach (var file in report.Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            foreach (var cell in CsvCells(report.Text(file)).SelectMany(row => row))
            {
                if (SmallCountScanner.In(cell, below).Any()) found.Add($"{file}: \"{cell}\"");
            }
        }
        return found;
    }

    /// <summary>Every text of every figures/*.svg that is not an axis label.</summary>
    public static List<string> InSvg(ReportFolder report, int below)
    {
        var found = new List<string>();
        foreach (var file in report.Files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var texts = report.SvgTexts(file);
            var axis = SmallCountScanner.AxisLabels(texts);
            for (var i = 0; i < texts.Count; i++)
            {
                if (!axis.Contains(i) && SmallCountScanner.In(texts[i].Text, below).Any()) found.Add($"{file}: \"{texts[i].Text}\"");
            }
        }
        return found;
    }

    /// <summary>
    /// Every paragraph, list item, table cell, caption and definition of report.html, figures and style left out (the
    /// figures are the SVG files, scanned on their own) and headings too (their numbers are section numbers).
    /// </summary>
    public static List<string> InHtml(ReportFolder report, int below)
    {
        var document = new HtmlParser().ParseDocument(report.Text("report.html"));
        foreach (var element in document.QuerySelectorAll("svg, style, script, h1, h2, h3, h4, h5, h6").ToList()) element.Remove();
        return [.. document.QuerySelectorAll("p, li, td, th, caption, figcaption, dt, dd")
            .Select(e => e.TextContent.Trim())
            .Where(text => SmallCountScanner.In(text, below).Any())
            .Distinct()
            .Select(text => $"report.html: \"{text}\"")];
    }

    /// <summary>
    /// report.pdf page by page: the axis labels of its figures found by their layout and left out, the other words
    /// joined in reading order, so that a context such as "at 6, 12 and 24 months" survives a line break.
    /// </summary>
    public static List<string> InPdf(ReportFolder report, int below)
    {
        // Section headings print their number before the heading, as the HTML's do.
        var headings = new HtmlParser().ParseDocument(report.Text("report.html")).QuerySelectorAll("main h2")
            .Select(h => string.Join(" ", h.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .OrderByDescending(h => h.Length)
            .ToList();
        Assert.Contains("1 Study population", headings);
        var found = new List<string>();
        var pages = report.PdfWords("report.pdf");
        for (var p = 0; p < pages.Count; p++)
        {
            var words = pages[p];
            var axis = SmallCountScanner.AxisLabels(words);
            var text = string.Join(" ", words.Where((_, i) => !axis.Contains(i)).Select(w => w.Text));
            text = headings.Aggregate(text, (t, heading) => t.Replace(heading, " ", StringComparison.Ordinal));
            var counts = SmallCountScanner.In(text, below).ToList();
            if (counts.Count > 0) found.Add($"report.pdf page {p + 1}: {string.Join(", ", counts)} in \"{text}\"");
        }
        return found;
    }

    /// <summary>The cells of a CSV table written by HccReport (RFC 4180 quoting).</summary>
    public static List<List<string>> CsvCells(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        var text = csv.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); }
        return rows;
    }
}
