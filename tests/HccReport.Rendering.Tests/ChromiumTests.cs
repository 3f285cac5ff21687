using System.Text.Json;
using HccReport.Rendering.Tests.Support;

namespace HccReport.Rendering.Tests;

/// <summary>Opens report.html in headless Chromium: it must render, log no console message and request nothing from the network.</summary>
[Collection(RenderedSampleCollection.Name)]
public class ChromiumTests(RenderedSample sample)
{
    [ChromiumFact]
    public void OpensWithoutConsoleErrorsOrNetworkRequests()
    {
        var work = Path.Combine(sample.Directory, "chromium");
        Directory.CreateDirectory(work);
        var screenshot = Path.Combine(work, "report.png");
        var netLog = Path.Combine(work, "net.json");
        var url = new Uri(sample.HtmlPath).AbsoluteUri;

        var (exit, stderr, _) = Chromium.Run(work, "--enable-logging=stderr", "--v=0", "--log-net-log=" + netLog,
            "--window-size=1100,1600", "--screenshot=" + screenshot, url);

        Assert.Equal(0, exit);
        var png = File.ReadAllBytes(screenshot);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 20_000, $"the screenshot is only {png.Length} bytes");
        // Console messages, CSP violations included, are logged as INFO:CONSOLE.
        var console = stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Refused to", StringComparison.Ordinal)).ToList();
        Assert.True(console.Count == 0, "console messages:\n" + string.Join("\n", console));
        Assert.Empty(PageRequests(netLog));
    }

    [ChromiumFact]
    public void DomShowsTheReportWithoutScript()
    {
        var work = Path.Combine(sample.Directory, "chromium-dom");
        Directory.CreateDirectory(work);
        var (exit, _, dom) = Chromium.Run(work, "--dump-dom", new Uri(sample.HtmlPath).AbsoluteUri);
        Assert.Equal(0, exit);
        Assert.Contains("<h1>Type of lenvatinib resistance and prognosis in virus-associated HCC</h1>", dom);
        Assert.Contains("Table 2.", dom);
    }

    /// <summary>
    /// URLs the page itself asked for. Chromium's own background services also appear in the net log; a request
    /// made for a page opened from a file carries the file:// network isolation key.
    /// </summary>
    private static List<string> PageRequests(string netLog)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(netLog));
        var types = json.RootElement.GetProperty("constants").GetProperty("logEventTypes").EnumerateObject().ToDictionary(p => p.Value.GetInt32(), p => p.Name);
        var requests = new List<string>();
        foreach (var e in json.RootElement.GetProperty("events").EnumerateArray())
        {
            if (!e.TryGetProperty("params", out var p) || !p.TryGetProperty("url", out var u)) continue;
            var key = p.TryGetProperty("network_isolation_key", out var k) ? k.GetString() ?? "" : "";
            if (types[e.GetProperty("type").GetInt32()] == "URL_REQUEST_START_JOB" && key.Contains("file://", StringComparison.Ordinal))
                requests.Add(u.GetString()!);
        }
        return requests;
    }
}
