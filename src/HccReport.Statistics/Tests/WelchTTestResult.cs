namespace HccReport.Statistics.Tests;

/// <summary>Result of Welch's two-sample t test.</summary>
public sealed record WelchTTestResult
{
    /// <summary>Mean of x.</summary>
    public required double MeanX { get; init; }

    /// <summary>Mean of y.</summary>
    public required double MeanY { get; init; }

    /// <summary>Mean of x minus mean of y.</summary>
    public required double Difference { get; init; }

    /// <summary>Standard error of the difference, sqrt(s_x^2/n_x + s_y^2/n_y); 0 when both samples are constant.</summary>
    public required double StandardError { get; init; }

    /// <summary>t = difference / standard error; null when the standard error is 0 (R: "data are essentially constant").</summary>
    public required double? T { get; init; }

    /// <summary>Welch-Satterthwaite degrees of freedom; null when the standard error is 0.</summary>
    public required double? DegreesOfFreedom { get; init; }

    /// <summary>Two-sided p value; null when the standard error is 0.</summary>
    public required double? P { get; init; }

    /// <summary>Lower bound of the confidence interval of the difference.</summary>
    public required double? Lower { get; init; }

    /// <summary>Upper bound of the confidence interval of the difference.</summary>
    public required double? Upper { get; init; }

    /// <summary>Confidence level of the interval.</summary>
    public required double ConfidenceLevel { get; init; }
}
