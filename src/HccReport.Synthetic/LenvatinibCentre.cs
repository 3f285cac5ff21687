namespace HccReport.Synthetic;

/// <summary>The two centres of the lenvatinib study. The CSV writes the short codes; the spec labels them.</summary>
public enum LenvatinibCentre
{
    /// <summary>Affiliated Hospital of Guizhou Medical University, Guiyang (CSV code <c>GMU</c>).</summary>
    GuizhouMedicalUniversity,

    /// <summary>Fifth Medical Center of PLA General Hospital, Beijing (CSV code <c>PLA5</c>).</summary>
    PlaFifthMedicalCenter,
}
