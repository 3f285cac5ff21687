namespace HccReport.Synthetic;

/// <summary>
/// The second-line regimens the time model tells apart: the paper reports TKI monotherapy and
/// lenvatinib plus sintilimab separately, and the other TKI plus PD-1 combinations only pooled.
/// </summary>
internal enum RegimenCell
{
    /// <summary>TKI monotherapy.</summary>
    Tki,

    /// <summary>Lenvatinib plus sintilimab.</summary>
    LenvatinibSintilimab,

    /// <summary>Any other TKI plus PD-1 combination.</summary>
    OtherCombination,
}
