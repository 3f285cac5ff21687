namespace HccReport.Synthetic;

/// <summary>The study's exclusion reasons, in the paper's order (Figure 1).</summary>
internal enum ExclusionReason
{
    /// <summary>Another primary tumour (7).</summary>
    OtherPrimaryTumour,

    /// <summary>Immune monotherapy: a PD-1 inhibitor alone as second line (9).</summary>
    ImmuneMonotherapy,

    /// <summary>Not taking lenvatinib as prescribed (10).</summary>
    NonAdherence,

    /// <summary>Death within one month of lenvatinib start (12).</summary>
    EarlyDeath,

    /// <summary>No HBV or HCV infection (14).</summary>
    NoViralHepatitis,

    /// <summary>Lenvatinib intolerance (23).</summary>
    Intolerance,

    /// <summary>Missing follow-up data: no last contact date (28).</summary>
    MissingFollowUp,
}
