using HccReport.Cli.Commands;
using HccReport.Core.Spec;
using HccReport.Results;

namespace HccReport.Cli.Output;

/// <summary>Writes every file of a report into a (staging) folder: results.json, then the documents.</summary>
internal static class ReportWriter
{
    public static void Write(ReportResults results, ReportSpec spec, DocumentFormats formats, string folder)
    {
        File.WriteAllBytes(Path.Combine(folder, "results.json"), ResultsJson.Serialize(results));
    }
}
