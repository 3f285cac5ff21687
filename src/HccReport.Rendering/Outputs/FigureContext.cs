using HccReport.Rendering.Text;

namespace HccReport.Rendering.Outputs;

/// <summary>What a figure needs from the report: how to write P values, masking, resolution and the time unit.</summary>
/// <param name="Style">Number style; <see cref="NumberStyle.PStatement"/> is the P formatter figures print with.</param>
/// <param name="SuppressBelow">Counts below this are masked (risk tables, flowchart boxes); null when off.</param>
/// <param name="Dpi">PNG resolution.</param>
/// <param name="TimeUnit">Label of the time axis unit.</param>
public sealed record FigureContext(NumberStyle Style, int? SuppressBelow, int Dpi, string TimeUnit);
