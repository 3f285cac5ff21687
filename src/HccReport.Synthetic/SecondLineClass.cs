namespace HccReport.Synthetic;

/// <summary>The class of treatment started after lenvatinib failed (CSV <c>TKI</c>, <c>Combination</c>, <c>PD-1 monotherapy</c>).</summary>
public enum SecondLineClass
{
    /// <summary>A tyrosine kinase inhibitor alone: sorafenib, regorafenib, apatinib or donafenib.</summary>
    Tki,

    /// <summary>A tyrosine kinase inhibitor combined with a PD-1 inhibitor.</summary>
    Combination,

    /// <summary>A PD-1 inhibitor alone: an exclusion reason of the study ("immune monotherapy").</summary>
    Pd1Monotherapy,
}
