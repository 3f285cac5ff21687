using HccReport.Rendering.Figures;

namespace HccReport.Rendering.Outputs;

/// <summary>A numbered figure with its caption.</summary>
/// <param name="Number">"Figure N" in reading order.</param>
/// <param name="Figure">The figure.</param>
/// <param name="Caption">Caption text after the label.</param>
public sealed record FigureBlock(int Number, IFigure Figure, string Caption) : ReportBlock
{
    /// <summary>"Figure 1."</summary>
    public string Label => $"Figure {Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.";
}
