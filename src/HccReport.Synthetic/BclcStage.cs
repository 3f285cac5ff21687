namespace HccReport.Synthetic;

/// <summary>
/// Barcelona Clinic Liver Cancer stage. Stage C is, by the BCLC definition, vascular invasion or
/// extrahepatic spread (or performance status 1-2); the generator makes it exactly
/// "vascular invasion or extrahepatic metastasis", and gives stages A and B performance status 0.
/// </summary>
public enum BclcStage
{
    /// <summary>Early stage.</summary>
    A,

    /// <summary>Intermediate stage.</summary>
    B,

    /// <summary>Advanced stage.</summary>
    C,
}
