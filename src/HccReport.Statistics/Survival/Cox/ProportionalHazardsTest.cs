namespace HccReport.Statistics.Survival.Cox;

/// <summary>The proportional-hazards test of a Cox model: R's <c>cox.zph(fit)</c> table.</summary>
public sealed record ProportionalHazardsTest
{
    /// <summary>The time transform g(t): "km", R's default (1 − the left-continuous Kaplan-Meier of all data).</summary>
    public required string Transform { get; init; }

    /// <summary>One test per term that has an estimable column, in the order given.</summary>
    public required IReadOnlyList<ProportionalHazardsTermTest> Terms { get; init; }

    /// <summary>The test of all estimable columns together; null when the model has none.</summary>
    public required ProportionalHazardsTermTest? Global { get; init; }
}
