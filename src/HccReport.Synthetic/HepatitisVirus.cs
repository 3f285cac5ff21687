namespace HccReport.Synthetic;

/// <summary>The hepatitis virus behind the HCC (CSV <c>HBV</c>, <c>HCV</c>, <c>None</c>).</summary>
public enum HepatitisVirus
{
    /// <summary>Hepatitis B virus infection.</summary>
    Hbv,

    /// <summary>Hepatitis C virus infection.</summary>
    Hcv,

    /// <summary>Neither: an exclusion reason of the study ("no HBV/HCV infection").</summary>
    None,
}
