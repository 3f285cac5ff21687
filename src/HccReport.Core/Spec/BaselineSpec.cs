namespace HccReport.Core.Spec;

/// <summary>A baseline characteristics table (<c>kind: baseline</c>).</summary>
public sealed record BaselineSpec : AnalysisSpec
{
    /// <inheritdoc/>
    public override AnalysisKind Kind => AnalysisKind.Baseline;

    /// <summary>The column whose levels are the table's columns; null for one column of all rows.</summary>
    public SpecName? By { get; init; }

    /// <summary>The variables shown as rows, in order.</summary>
    public required IReadOnlyList<SpecName> Rows { get; init; }

    /// <summary>Effect column for binary rows.</summary>
    public BaselineEffect Effect { get; init; } = BaselineEffect.None;

    /// <summary>Add an "overall" column.</summary>
    public bool Overall { get; init; }

    /// <summary>Summary of continuous rows.</summary>
    public ContinuousSummary Continuous { get; init; } = ContinuousSummary.MedianIqr;

    /// <summary>Test of continuous rows; null for the default (Wilcoxon for two groups, Kruskal-Wallis for more).</summary>
    public ContinuousTest? ContinuousTest { get; init; }
}
