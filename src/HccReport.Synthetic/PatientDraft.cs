namespace HccReport.Synthetic;

/// <summary>
/// A patient while the generator fills it in: the fields of <see cref="LenvatinibPatient"/> plus the
/// generator's own working values (group, cell, survival times), mutable because the steps fill
/// different parts. Only <see cref="ToPatient"/> leaves the assembly.
/// </summary>
internal sealed class PatientDraft
{
    // Baseline indicators, set first (the published Table 1 counts are counts of these).
    public bool AgeOver50;
    public Sex Sex;
    public HepatitisVirus Virus;
    public bool Diabetes, Hypertension, Smoking, Drinking;
    public bool Cirrhosis, PortalHypertension, Splenomegaly, ChildPughB;
    public bool VascularInvasion, ExtrahepaticMetastasis, AfpOver400, AltOver40, AstOver40, TumourOver5;

    // Values behind the indicators and the rest of the baseline.
    public int Age;
    public BclcStage Bclc;
    public int? Ecog;
    public decimal TumourSizeCm;
    public int MeasurableLesions;
    public decimal AfpNgPerMl;
    public int AltUPerL, AstUPerL;
    public decimal? AlbuminGPerL, TotalBilirubinUmolPerL;
    public int? Platelets;

    // Exclusion fields.
    public bool OtherPrimaryTumour;
    public bool AdherentToLenvatinib = true;
    public bool LenvatinibIntolerance;

    // Course.
    public LenvatinibCentre Centre;
    public DateOnly LenvatinibStart;
    public DateOnly FirstEvaluationDate;
    public DateOnly? ProgressionDate, SecondLineStart, SecondProgressionDate, LastContactDate;
    public SecondLineClass? SecondLineClass;
    public string? SecondLineTki, SecondLinePd1;
    public VitalStatus? VitalStatus;

    // Working values of the generator.
    public ResistanceType? Resistance;
    public RegimenCell? Cell;
    public int ProgressionDays;             // lenvatinib start to first progression
    public int GapDays;                     // first progression to second-line start
    public int SecondLineProgressionDays;   // second-line start to second progression (or death)
    public int SecondLineDeathDays;         // second-line start to death, uncensored
    public int DeathDays;                   // lenvatinib start to death, uncensored
    public double SortKey;                  // breaks ties between equal start dates in the export's order

    public bool BclcC => VascularInvasion || ExtrahepaticMetastasis;

    public LenvatinibPatient ToPatient(string patientId) => new()
    {
        PatientId = patientId,
        Centre = Centre,
        Sex = Sex,
        Age = Age,
        HepatitisVirus = Virus,
        Diabetes = Diabetes,
        Hypertension = Hypertension,
        Smoking = Smoking,
        Drinking = Drinking,
        Cirrhosis = Cirrhosis,
        PortalHypertension = PortalHypertension,
        Splenomegaly = Splenomegaly,
        ChildPugh = ChildPughB ? ChildPughClass.B : ChildPughClass.A,
        Ecog = Ecog,
        Bclc = Bclc,
        TumourSizeCm = TumourSizeCm,
        MeasurableLesions = MeasurableLesions,
        VascularInvasion = VascularInvasion,
        ExtrahepaticMetastasis = ExtrahepaticMetastasis,
        AfpNgPerMl = AfpNgPerMl,
        AltUPerL = AltUPerL,
        AstUPerL = AstUPerL,
        AlbuminGPerL = AlbuminGPerL,
        TotalBilirubinUmolPerL = TotalBilirubinUmolPerL,
        Platelets = Platelets,
        ImagingDiagnosis = true,
        OtherPrimaryTumour = OtherPrimaryTumour,
        LenvatinibStart = LenvatinibStart,
        AdherentToLenvatinib = AdherentToLenvatinib,
        LenvatinibIntolerance = LenvatinibIntolerance,
        FirstEvaluationDate = FirstEvaluationDate,
        ProgressionDate = ProgressionDate,
        SecondLineStart = SecondLineStart,
        SecondLineClass = SecondLineClass,
        SecondLineTki = SecondLineTki,
        SecondLinePd1 = SecondLinePd1,
        SecondProgressionDate = SecondProgressionDate,
        LastContactDate = LastContactDate,
        VitalStatus = VitalStatus,
    };
}
