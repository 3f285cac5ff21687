namespace HccReport.Rendering.Figures;

/// <summary>An axis tick: its data value, its position along the axis in points, and its label.</summary>
internal sealed record AxisTick(double Value, float Position, PlacedText Label);
