namespace HccReport.Statistics.Regression;

/// <summary>How an IRLS run starts and stops: R's glm rule or SPSS's Newton-Raphson rule.</summary>
internal sealed record IrlsSettings
{
    /// <summary>
    /// R: stop when |dev - dev_old| / (|dev| + 0.1) &lt; epsilon (glm.control). SPSS: stop when
    /// max |beta_k - beta_(k-1)| &lt; BCON and report beta_k.
    /// </summary>
    public required bool SpssRule { get; init; }

    /// <summary>epsilon for R (1e-8), BCON for SPSS (0.001).</summary>
    public required double Tolerance { get; init; }

    /// <summary>maxit for R (25), ITERATE for SPSS (20).</summary>
    public required int MaxIterations { get; init; }

    /// <summary>R's glm settings: epsilon 1e-8, maxit 25, start from mustart = (y + 0.5) / 2.</summary>
    public static IrlsSettings R { get; } = new() { SpssRule = false, Tolerance = 1e-8, MaxIterations = 25 };

    /// <summary>SPSS LOGISTIC REGRESSION defaults: BCON 0.001, ITERATE 20, start from all zeros.</summary>
    public static IrlsSettings Spss { get; } = new() { SpssRule = true, Tolerance = 0.001, MaxIterations = 20 };

    /// <summary>
    /// Tolerance of the QR rank decision, glm.fit's min(1e-7, epsilon / 1000): 1e-11 at R's default epsilon.
    /// </summary>
    public double RankTolerance => SpssRule ? 1e-11 : Math.Min(1e-7, Tolerance / 1000.0);
}
