namespace HccReport.Synthetic;

/// <summary>
/// One screened patient of the synthetic lenvatinib cohort: one row of the hospital export, with the
/// baseline at lenvatinib start, the dates of the treatment course, and the fields behind every
/// inclusion criterion and exclusion reason of the study. A null is an empty cell in the CSV.
/// Measured values are <see cref="decimal"/>s already rounded to the export's precision, so the CSV
/// prints exactly what the record holds.
/// </summary>
public sealed record LenvatinibPatient
{
    /// <summary>Hospital identifier, centre code plus a number in order of lenvatinib start, e.g. <c>GMU-0042</c>.</summary>
    public required string PatientId { get; init; }

    /// <summary>Treating centre.</summary>
    public required LenvatinibCentre Centre { get; init; }

    /// <summary>Sex.</summary>
    public required Sex Sex { get; init; }

    /// <summary>Age in completed years at lenvatinib start.</summary>
    public required int Age { get; init; }

    /// <summary>Hepatitis virus infection.</summary>
    public required HepatitisVirus HepatitisVirus { get; init; }

    /// <summary>Diabetes mellitus.</summary>
    public required bool Diabetes { get; init; }

    /// <summary>Arterial hypertension.</summary>
    public required bool Hypertension { get; init; }

    /// <summary>Current or former smoker.</summary>
    public required bool Smoking { get; init; }

    /// <summary>Regular alcohol drinking.</summary>
    public required bool Drinking { get; init; }

    /// <summary>Liver cirrhosis.</summary>
    public required bool Cirrhosis { get; init; }

    /// <summary>Portal hypertension.</summary>
    public required bool PortalHypertension { get; init; }

    /// <summary>Splenomegaly.</summary>
    public required bool Splenomegaly { get; init; }

    /// <summary>Child-Pugh class.</summary>
    public required ChildPughClass ChildPugh { get; init; }

    /// <summary>ECOG performance status (0-2); null where not recorded.</summary>
    public int? Ecog { get; init; }

    /// <summary>BCLC stage.</summary>
    public required BclcStage Bclc { get; init; }

    /// <summary>Maximum tumour diameter in cm, one decimal.</summary>
    public required decimal TumourSizeCm { get; init; }

    /// <summary>Number of measurable target lesions (mRECIST); at least one is an inclusion criterion.</summary>
    public required int MeasurableLesions { get; init; }

    /// <summary>Macrovascular invasion (portal or hepatic vein tumour thrombus).</summary>
    public required bool VascularInvasion { get; init; }

    /// <summary>Extrahepatic metastasis.</summary>
    public required bool ExtrahepaticMetastasis { get; init; }

    /// <summary>Serum alpha-fetoprotein in ng/mL, two decimals.</summary>
    public required decimal AfpNgPerMl { get; init; }

    /// <summary>Alanine aminotransferase in U/L.</summary>
    public required int AltUPerL { get; init; }

    /// <summary>Aspartate aminotransferase in U/L.</summary>
    public required int AstUPerL { get; init; }

    /// <summary>Serum albumin in g/L, one decimal; null where not recorded.</summary>
    public decimal? AlbuminGPerL { get; init; }

    /// <summary>Total bilirubin in µmol/L, one decimal; null where not recorded.</summary>
    public decimal? TotalBilirubinUmolPerL { get; init; }

    /// <summary>Platelet count in 10^9/L; null where not recorded.</summary>
    public int? Platelets { get; init; }

    /// <summary>HCC diagnosed definitively on imaging (inclusion criterion 1).</summary>
    public required bool ImagingDiagnosis { get; init; }

    /// <summary>Another primary tumour (exclusion reason 1).</summary>
    public required bool OtherPrimaryTumour { get; init; }

    /// <summary>First dose of lenvatinib: the origin of PFS and OS.</summary>
    public required DateOnly LenvatinibStart { get; init; }

    /// <summary>Took lenvatinib as prescribed; false is exclusion reason 3.</summary>
    public required bool AdherentToLenvatinib { get; init; }

    /// <summary>Stopped lenvatinib for intolerance (exclusion reason 6).</summary>
    public required bool LenvatinibIntolerance { get; init; }

    /// <summary>First imaging evaluation after lenvatinib start; within 3 months is inclusion criterion 4.</summary>
    public required DateOnly FirstEvaluationDate { get; init; }

    /// <summary>First radiological progression on lenvatinib; null when not observed.</summary>
    public DateOnly? ProgressionDate { get; init; }

    /// <summary>Start of second-line treatment; null when none was given.</summary>
    public DateOnly? SecondLineStart { get; init; }

    /// <summary>Class of the second-line treatment.</summary>
    public SecondLineClass? SecondLineClass { get; init; }

    /// <summary>Tyrosine kinase inhibitor of the second line, e.g. "Sorafenib" or "Lenvatinib" (continued in a combination).</summary>
    public string? SecondLineTki { get; init; }

    /// <summary>PD-1 inhibitor of the second line, e.g. "Sintilimab".</summary>
    public string? SecondLinePd1 { get; init; }

    /// <summary>Progression on second-line treatment; null when not observed by the last contact.</summary>
    public DateOnly? SecondProgressionDate { get; init; }

    /// <summary>Date of death or of the last contact alive; null when follow-up data are missing (exclusion reason 7).</summary>
    public DateOnly? LastContactDate { get; init; }

    /// <summary>Vital status on <see cref="LastContactDate"/>; null with it.</summary>
    public VitalStatus? VitalStatus { get; init; }
}
