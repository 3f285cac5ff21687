namespace HccReport.Core.Spec;

/// <summary>Look of a Kaplan-Meier figure (km <c>figure</c>).</summary>
public sealed record KaplanMeierFigureSpec
{
    /// <summary>Draw confidence bands.</summary>
    public bool Bands { get; init; }

    /// <summary>Draw dashed lines at the medians.</summary>
    public bool MedianLines { get; init; }

    /// <summary>Plot cumulative incidence (1 - S) instead of survival.</summary>
    public bool Cumulative { get; init; }

    /// <summary>Label the y axis in percent.</summary>
    public bool Percent { get; init; }

    /// <summary>Right end of the x axis; null for the last time.</summary>
    public double? XMax { get; init; }
}
