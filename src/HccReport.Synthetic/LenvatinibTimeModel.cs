namespace HccReport.Synthetic;

/// <summary>
/// The target curves and parameters of the time model, in months from the origin each names. They were
/// tuned with tests/reference/flagship/tune.R until the Kaplan-Meier estimates on the generated cohorts
/// (with their censoring), averaged over 200 seeds, came close to the published medians and rates;
/// docs/synthetic-cohort.md sets each published number beside the synthetic one.
/// </summary>
internal static class LenvatinibTimeModel
{
    /// <summary>Lenvatinib start to progression, primary group: all progress on days 35-88 (median 70 days = 2.3 months).</summary>
    public static readonly PiecewiseSurvival PrimaryProgression = Days(
        (35, 1.0), (49, 0.88), (56, 0.78), (63, 0.64), (70, 0.5), (77, 0.33), (84, 0.14), (88, 0.0));

    /// <summary>Lenvatinib start to progression, secondary group: from day 96 on, median 10.6 months.</summary>
    public static readonly PiecewiseSurvival SecondaryProgression = new(
        (96 / LenvatinibDesign.DaysPerMonth, 1.0), (4, 0.96), (6, 0.82), (8, 0.66), (10.6, 0.5), (14, 0.36), (18, 0.26),
        (24, 0.15), (30, 0.08), (40, 0.02), (48, 0.0));

    /// <summary>Lenvatinib start to death, primary group (uncensored): median 11, 1-3 years 46.3, 22.2, 10.1%.</summary>
    public static readonly PiecewiseSurvival PrimaryDeath = new(
        (1.5, 1.0), (3, 0.96), (6, 0.80), (9, 0.60), (11, 0.5), (12, 0.463), (18, 0.33), (24, 0.222), (30, 0.155),
        (36, 0.105), (48, 0.045), (60, 0.0));

    /// <summary>Lenvatinib start to death, secondary group (uncensored): median 31, 1-3 years 82.3, 59.1, 44.9%.</summary>
    public static readonly PiecewiseSurvival SecondaryDeath = new(
        (4, 1.0), (8, 0.96), (12, 0.815), (18, 0.67), (24, 0.53), (31, 0.42), (36, 0.37), (48, 0.27), (60, 0.18),
        (84, 0.0));

    /// <summary>Second-line start to second progression or death, by group and regimen.</summary>
    public static PiecewiseSurvival SecondLineProgression(ResistanceType resistance, RegimenCell cell) => (resistance, cell) switch
    {
        (ResistanceType.Primary, RegimenCell.Tki) => new((0.5, 1.0), (1.5, 0.8), (3, 0.45), (5, 0.25), (8, 0.1), (12, 0.03), (16, 0.0)),
        (ResistanceType.Secondary, RegimenCell.Tki) => new((0.5, 1.0), (2, 0.8), (4, 0.6), (6, 0.56), (8, 0.5), (10, 0.38), (13, 0.22), (18, 0.08), (26, 0.0)),
        (ResistanceType.Primary, RegimenCell.LenvatinibSintilimab) => new((0.7, 1.0), (2, 0.85), (5, 0.5), (8, 0.3), (12, 0.15), (24, 0.0)),
        (ResistanceType.Secondary, RegimenCell.LenvatinibSintilimab) => new((1, 1.0), (4, 0.85), (10, 0.62), (15, 0.5), (22, 0.35), (36, 0.12), (48, 0.0)),
        (ResistanceType.Primary, RegimenCell.OtherCombination) => new((0.7, 1.0), (3, 0.8), (7, 0.5), (10, 0.35), (16, 0.15), (28, 0.0)),
        _ => new((0.7, 1.0), (2.5, 0.8), (5.5, 0.5), (9, 0.38), (15, 0.22), (30, 0.05), (40, 0.0)),
    };

    /// <summary>Second-line start to death, by group and regimen.</summary>
    public static PiecewiseSurvival SecondLineDeath(ResistanceType resistance, RegimenCell cell) => (resistance, cell) switch
    {
        (ResistanceType.Primary, RegimenCell.Tki) => new((1, 1.0), (3, 0.82), (7, 0.5), (10, 0.3), (15, 0.12), (24, 0.0)),
        (ResistanceType.Secondary, RegimenCell.Tki) => new((1, 1.0), (4, 0.88), (10, 0.68), (19, 0.5), (26, 0.3), (40, 0.0)),
        (ResistanceType.Primary, RegimenCell.LenvatinibSintilimab) => new((1.5, 1.0), (5, 0.8), (10, 0.5), (16, 0.3), (24, 0.15), (40, 0.0)),
        (ResistanceType.Secondary, RegimenCell.LenvatinibSintilimab) => new((2, 1.0), (8, 0.9), (20, 0.68), (32, 0.5), (42, 0.35), (60, 0.0)),
        (ResistanceType.Primary, RegimenCell.OtherCombination) => new((1.5, 1.0), (6, 0.87), (16, 0.58), (20, 0.5), (28, 0.35), (44, 0.1), (54, 0.0)),
        _ => new((1.5, 1.0), (6, 0.88), (13, 0.66), (19, 0.5), (28, 0.35), (45, 0.12), (58, 0.0)),
    };

    /// <summary>
    /// Log-hazard-like shift of extrahepatic metastasis on the second-line times: within a regimen cell
    /// patients are ranked by -shift + noise and take the cell's times in that order, which gives
    /// metastasis a hazard ratio near exp(shift) while the cell's curve stays on target.
    /// </summary>
    public const double MetastasisShiftProgression = 0.65, MetastasisShiftDeath = 0.65;

    /// <summary>
    /// Shift of vascular invasion, against the metastasis shift. BCLC C is "invasion or metastasis", so
    /// its published count (306 = 276 with metastasis + 30) puts 128 of the 158 invasions among the
    /// metastases; without this shift invasion would inherit most of the metastasis effect, while the
    /// paper finds none (HR 1.01 for PFS, 0.82 for OS).
    /// </summary>
    public const double VascularInvasionShift = -0.15;

    /// <summary>Weight of the follow-up left after progression (as a fraction of the whole window) against standard normal noise in who starts a second line.</summary>
    public const double SecondLineFollowUpWeight = 9.0;

    /// <summary>Correlation of the noise behind second-line progression and death.</summary>
    public const double SecondLineCorrelation = 0.7;

    /// <summary>How loosely death follows progression among patients without a second line (noise on the rank scale).</summary>
    public const double PostProgressionNoise = 0.25;

    /// <summary>The shortest time from progression to death of an included patient.</summary>
    public const int MinPostProgressionDays = 14;

    /// <summary>Rate per month at which included patients are lost to follow-up (last seen alive), from progression or second-line start on.</summary>
    public const double LossToFollowUpRate = 0.035;

    private static PiecewiseSurvival Days(params (double Days, double Survival)[] anchors) =>
        new(anchors.Select(a => (a.Days / LenvatinibDesign.DaysPerMonth, a.Survival)).ToArray());
}
