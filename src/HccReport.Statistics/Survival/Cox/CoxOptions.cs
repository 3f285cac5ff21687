namespace HccReport.Statistics.Survival.Cox;

/// <summary>Settings of a Cox fit. The defaults are R's <c>coxph</c> defaults.</summary>
public sealed record CoxOptions
{
    /// <summary>R's <c>coxph.control(eps)</c>: convergence when the relative change of the log partial likelihood is at most this.</summary>
    public const double LogLikelihoodTolerance = 1e-9;

    /// <summary>SPSS COXREG's BCON: convergence when no coefficient changes by this much or more.</summary>
    public const double SpssCoefficientTolerance = 1e-4;

    /// <summary>
    /// R's <c>coxph.control(toler.chol)</c> = .Machine$double.eps^0.75: a pivot of the information matrix below this
    /// times its largest diagonal element marks the column as collinear with the columns before it.
    /// </summary>
    public static readonly double CholeskyTolerance = Math.Pow(Math.Pow(2, -52), 0.75);

    /// <summary>R's <c>coxph.control(toler.inf)</c> = sqrt(eps), used to flag coefficients that run to infinity.</summary>
    public static readonly double InfiniteCoefficientTolerance = Math.Sqrt(LogLikelihoodTolerance);

    /// <summary>R's defaults: Efron ties, R convergence, 95% intervals, 20 iterations.</summary>
    public static CoxOptions Default { get; } = new();

    /// <summary>SPSS COXREG's conventions: Breslow ties and the BCON stopping rule (intervals use the same exact z).</summary>
    public static CoxOptions Spss { get; } = new() { Ties = CoxTies.Breslow, Convergence = CoxConvergence.Spss };

    /// <summary>Handling of tied event times; Efron by default.</summary>
    public CoxTies Ties { get; init; } = CoxTies.Efron;

    /// <summary>Stopping rule; R's by default.</summary>
    public CoxConvergence Convergence { get; init; } = CoxConvergence.R;

    /// <summary>Level of the Wald intervals of the hazard ratios, strictly between 0 and 1; 0.95 by default.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Maximum number of Newton-Raphson iterations (R's <c>iter.max</c>, SPSS's ITERATE); 20 by default.</summary>
    public int MaxIterations { get; init; } = 20;
}
