namespace HccReport.Synthetic;

/// <summary>
/// The published counts one resistance group must reproduce exactly: its size, the "yes" count of
/// each binary row of Table 1, and the second-line counts of Figure 1 and the text.
/// </summary>
internal sealed record GroupQuota
{
    public required ResistanceType Resistance { get; init; }
    public required int N { get; init; }
    public required int AgeOver50 { get; init; }
    public required int Male { get; init; }
    public required int Diabetes { get; init; }
    public required int Hypertension { get; init; }
    public required int Smoking { get; init; }
    public required int Drinking { get; init; }
    public required int Hbv { get; init; }
    public required int VascularInvasion { get; init; }
    public required int ExtrahepaticMetastasis { get; init; }
    public required int PortalHypertension { get; init; }
    public required int Splenomegaly { get; init; }
    public required int Cirrhosis { get; init; }
    public required int AfpOver400 { get; init; }
    public required int AltOver40 { get; init; }
    public required int AstOver40 { get; init; }
    public required int TumourOver5 { get; init; }
    public required int ChildPughB { get; init; }
    public required int BclcC { get; init; }

    /// <summary>Patients given a second line.</summary>
    public required int SecondLine { get; init; }

    /// <summary>Of those, TKI monotherapy.</summary>
    public required int SecondLineTki { get; init; }

    /// <summary>Of the combinations, lenvatinib plus sintilimab (the paper gives only the total, 66; the split is ours).</summary>
    public required int SecondLineLenvatinibSintilimab { get; init; }

    /// <summary>
    /// Vascular invasion among patients with extrahepatic metastasis. BCLC C is generated as
    /// "vascular invasion or extrahepatic metastasis", so BCLC C = EHM + (VI - this), which fixes it.
    /// </summary>
    public int VascularInvasionWithMetastasis => VascularInvasion - (BclcC - ExtrahepaticMetastasis);

    /// <summary>Combinations other than lenvatinib plus sintilimab.</summary>
    public int SecondLineOtherCombination => SecondLine - SecondLineTki - SecondLineLenvatinibSintilimab;
}
