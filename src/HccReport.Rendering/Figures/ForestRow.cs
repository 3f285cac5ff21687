namespace HccReport.Rendering.Figures;

/// <summary>
/// One line of a forest plot: a heading (a variable's label, bold, no estimate), or an estimate with its
/// interval, or the summary (drawn as a diamond).
/// </summary>
public sealed record ForestRow
{
    /// <summary>Text of the label column.</summary>
    public required string Label { get; init; }

    /// <summary>Indentation level of the label: 0 for variables, 1 for their levels.</summary>
    public int Indent { get; init; }

    /// <summary>A heading row: bold label, no estimate (a categorical variable or a subgrouping variable).</summary>
    public bool IsHeading { get; init; }

    /// <summary>The overall estimate of a subgroup analysis: bold, drawn as a diamond.</summary>
    public bool IsSummary { get; init; }

    /// <summary>Rows behind the estimate, printed when known.</summary>
    public int? N { get; init; }

    /// <summary>Events behind the estimate, printed when known.</summary>
    public int? Events { get; init; }

    /// <summary>The ratio; null (or not finite and positive) when not estimable.</summary>
    public double? Ratio { get; init; }

    /// <summary>Lower limit of the ratio's interval; null when it does not exist.</summary>
    public double? Lower { get; init; }

    /// <summary>Upper limit; null when it does not exist.</summary>
    public double? Upper { get; init; }

    /// <summary>P value printed in the P column (for a heading of a subgroup plot, the interaction P).</summary>
    public double? P { get; init; }

    /// <summary>Printed in the ratio column instead of an estimate, e.g. <c>Reference</c>; null prints "not estimable" when there is no ratio.</summary>
    public string? Text { get; init; }

    /// <summary>Whether the ratio can be drawn: finite and positive.</summary>
    public bool IsEstimable => Ratio is double r && double.IsFinite(r) && r > 0;
}
