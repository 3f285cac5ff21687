namespace HccReport.Statistics.Survival.Cox;

/// <summary>How the partial likelihood treats events at the same time (R's <c>coxph(ties = )</c>).</summary>
public enum CoxTies
{
    /// <summary>Efron's approximation, R's default: the tied events leave the risk set a fraction 1/d at a time.</summary>
    Efron,

    /// <summary>Breslow's approximation: every tied event sees the full risk set. SPSS COXREG uses it.</summary>
    Breslow,
}
