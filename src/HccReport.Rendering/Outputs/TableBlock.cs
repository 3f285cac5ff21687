using HccReport.Rendering.Tables;

namespace HccReport.Rendering.Outputs;

/// <summary>A numbered table.</summary>
/// <param name="Number">"Table N" in reading order.</param>
/// <param name="Table">The table.</param>
public sealed record TableBlock(int Number, ReportTable Table) : ReportBlock
{
    /// <summary>"Table 2."</summary>
    public string Label => $"Table {Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.";
}
