namespace HccReport.Synthetic;

/// <summary>
/// What the paper fixes (Zhang, Lei, Ma, Zuo, J Hepatocell Carcinoma 2024): study dates, the flow of
/// Figure 1, the Table 1 counts per group and the second-line regimens of the Results text.
/// </summary>
internal static class LenvatinibDesign
{
    /// <summary>First day of enrolment (lenvatinib start), February 2019.</summary>
    public static readonly DateOnly EnrolmentStart = new(2019, 2, 1);

    /// <summary>Last day of enrolment, February 2023.</summary>
    public static readonly DateOnly EnrolmentEnd = new(2023, 2, 28);

    /// <summary>Administrative end of follow-up ("follow-up was stopped in February 2024").</summary>
    public static readonly DateOnly FollowUpEnd = new(2024, 2, 29);

    /// <summary>Days per month, as the spec's months_between: 365.25 / 12.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>Table 1, primary group (n = 169).</summary>
    public static readonly GroupQuota Primary = new()
    {
        Resistance = ResistanceType.Primary,
        N = 169,
        AgeOver50 = 128, Male = 148, Diabetes = 35, Hypertension = 63, Smoking = 75, Drinking = 67,
        Hbv = 161, VascularInvasion = 52, ExtrahepaticMetastasis = 107, PortalHypertension = 76,
        Splenomegaly = 125, Cirrhosis = 130, AfpOver400 = 78, AltOver40 = 52, AstOver40 = 84,
        TumourOver5 = 77, ChildPughB = 48, BclcC = 116,
        SecondLine = 63, SecondLineTki = 17, SecondLineLenvatinibSintilimab = 21,
    };

    /// <summary>Table 1, secondary group (n = 362).</summary>
    public static readonly GroupQuota Secondary = new()
    {
        Resistance = ResistanceType.Secondary,
        N = 362,
        AgeOver50 = 283, Male = 305, Diabetes = 53, Hypertension = 119, Smoking = 138, Drinking = 124,
        Hbv = 352, VascularInvasion = 106, ExtrahepaticMetastasis = 169, PortalHypertension = 180,
        Splenomegaly = 243, Cirrhosis = 287, AfpOver400 = 109, AltOver40 = 113, AstOver40 = 167,
        TumourOver5 = 132, ChildPughB = 100, BclcC = 190,
        SecondLine = 121, SecondLineTki = 22, SecondLineLenvatinibSintilimab = 45,
    };

    /// <summary>
    /// Second-line TKI monotherapy drugs (n = 39): sorafenib 18, regorafenib 14, apatinib 4, donafenib 3.
    /// The paper prints "donafenib (n=18, 7.7%)"; 7.7% of 39 is 3, and 18 would overrun the 39.
    /// </summary>
    public static IReadOnlyList<string> TkiMonotherapies { get; } =
        Repeat(("Sorafenib", 18), ("Regorafenib", 14), ("Apatinib", 4), ("Donafenib", 3));

    /// <summary>
    /// The 79 combinations other than lenvatinib plus sintilimab (66), as "TKI + PD-1" pairs. The paper
    /// gives lenvatinib plus camrelizumab 29, plus tislelizumab 13, plus other PD-1 inhibitors 8,
    /// regorafenib plus a PD-1 inhibitor 12 and other combinations 17; the drugs inside the last three
    /// are ours.
    /// </summary>
    public static IReadOnlyList<(string Tki, string Pd1)> OtherCombinations { get; } =
        Repeat((("Lenvatinib", "Camrelizumab"), 29), (("Lenvatinib", "Tislelizumab"), 13),
            (("Lenvatinib", "Toripalimab"), 5), (("Lenvatinib", "Pembrolizumab"), 3),
            (("Regorafenib", "Sintilimab"), 5), (("Regorafenib", "Camrelizumab"), 4), (("Regorafenib", "Tislelizumab"), 3),
            (("Apatinib", "Camrelizumab"), 9), (("Donafenib", "Sintilimab"), 4), (("Sorafenib", "Tislelizumab"), 4));

    /// <summary>PD-1 inhibitors given alone to the patients excluded for immune monotherapy.</summary>
    public static IReadOnlyList<string> Pd1Monotherapies { get; } = ["Sintilimab", "Camrelizumab", "Tislelizumab", "Toripalimab"];

    private static IReadOnlyList<T> Repeat<T>(params (T Item, int Count)[] items) =>
        items.SelectMany(i => Enumerable.Repeat(i.Item, i.Count)).ToArray();
}
