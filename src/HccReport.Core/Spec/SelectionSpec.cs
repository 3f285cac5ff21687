using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>Variable selection for a multivariable model (spec key <c>select</c> of cox and logistic).</summary>
public sealed record SelectionSpec
{
    /// <summary>Univariate screening: covariates with p &lt;= this enter the multivariable step; null for no screening.</summary>
    public double? ScreenP { get; init; }

    /// <summary>Selection method.</summary>
    public SelectionMethod Method { get; init; } = SelectionMethod.Enter;

    /// <summary>Entry threshold (p &lt; entry enters, as SPSS's PIN); default 0.05.</summary>
    public double EntryP { get; init; } = 0.05;

    /// <summary>Removal threshold (p &gt; removal leaves); default 0.10.</summary>
    public double RemovalP { get; init; } = 0.10;

    /// <summary>Entry test.</summary>
    public EntryTest EntryTest { get; init; } = EntryTest.Score;

    /// <summary>Removal test.</summary>
    public RemovalTest RemovalTest { get; init; } = RemovalTest.LikelihoodRatio;

    /// <summary>Position of the <c>select</c> mapping.</summary>
    public required SpecLocation Location { get; init; }
}
