namespace HccReport.Synthetic;

/// <summary>
/// The 103 screened patients the study excluded, each counted under the first reason in the paper's
/// order that applies. A few also meet a later reason (an excluded patient with another tumour and no
/// viral hepatitis, say), as real exports have: counting every reason instead of the first would then
/// give more than the paper's numbers.
/// </summary>
internal static class ExclusionGenerator
{
    /// <summary>Patients counted under each reason (Figure 1).</summary>
    public static IReadOnlyList<(ExclusionReason Reason, int Count)> Counts { get; } =
    [
        (ExclusionReason.OtherPrimaryTumour, 7),
        (ExclusionReason.ImmuneMonotherapy, 9),
        (ExclusionReason.NonAdherence, 10),
        (ExclusionReason.EarlyDeath, 12),
        (ExclusionReason.NoViralHepatitis, 14),
        (ExclusionReason.Intolerance, 23),
        (ExclusionReason.MissingFollowUp, 28),
    ];

    /// <summary>Patients of the first reason who also meet the second (always a later one).</summary>
    public static IReadOnlyList<(ExclusionReason First, ExclusionReason Also, int Count)> Overlaps { get; } =
    [
        (ExclusionReason.OtherPrimaryTumour, ExclusionReason.NoViralHepatitis, 2),
        (ExclusionReason.ImmuneMonotherapy, ExclusionReason.Intolerance, 1),
        (ExclusionReason.NonAdherence, ExclusionReason.MissingFollowUp, 2),
        (ExclusionReason.EarlyDeath, ExclusionReason.Intolerance, 1),
        (ExclusionReason.NoViralHepatitis, ExclusionReason.Intolerance, 2),
        (ExclusionReason.Intolerance, ExclusionReason.MissingFollowUp, 1),
    ];

    public static List<PatientDraft> Generate(EnrolmentCalendar calendar, Xoshiro256StarStar rng)
    {
        var patients = new List<PatientDraft>();
        foreach (var (reason, count) in Counts)
        {
            for (int k = 0; k < count; k++)
            {
                var p = BaselineGenerator.BuildExcluded(rng);
                SetCourse(p, reason, calendar, rng);
                Apply(p, reason, rng);
                foreach (var overlap in Overlaps.Where(o => o.First == reason && k < o.Count))
                    Apply(p, overlap.Also, rng);
                patients.Add(p);
            }
        }
        return patients;
    }

    /// <summary>Dates of an excluded patient: looser than the included cohort's, as nothing is analysed on them.</summary>
    private static void SetCourse(PatientDraft p, ExclusionReason reason, EnrolmentCalendar calendar, Xoshiro256StarStar rng)
    {
        var end = LenvatinibDesign.FollowUpEnd;
        if (reason == ExclusionReason.EarlyDeath)
        {
            p.LenvatinibStart = calendar.Draw(rng, LenvatinibDesign.EnrolmentEnd);
            // Days 10-27: within one month however a month is counted (30.4375 days, 30 days or a calendar month).
            int deathDay = rng.NextInt(10, 27);
            // An unscheduled scan during the rapid decline: inclusion criterion 4 is met, exclusion reason 4 applies.
            p.FirstEvaluationDate = p.LenvatinibStart.AddDays(rng.NextInt(5, deathDay - 2));
            p.LastContactDate = p.LenvatinibStart.AddDays(deathDay);
            p.VitalStatus = VitalStatus.Dead;
            return;
        }

        int progressionDays = 40 + (int)Math.Round(rng.NextTruncatedLogNormal(200.0, 0.8, 0.0, 1400.0));
        int gapDays = 7 + rng.NextInt(0, 40);
        bool secondLine = reason == ExclusionReason.ImmuneMonotherapy;
        var latest = secondLine ? end.AddDays(-(progressionDays + gapDays + 30)) : LenvatinibDesign.EnrolmentEnd;
        p.LenvatinibStart = calendar.Draw(rng, latest);
        var progression = p.LenvatinibStart.AddDays(progressionDays);
        var death = progression.AddDays(20 + (int)Math.Round(rng.NextTruncatedLogNormal(300.0, 0.8, 0.0, 2000.0)));
        p.LastContactDate = death <= end ? death : end;
        p.VitalStatus = death <= end ? VitalStatus.Dead : VitalStatus.Alive;
        if (progression <= p.LastContactDate)
            p.ProgressionDate = progression;
        var firstEvaluation = p.LenvatinibStart.AddDays(rng.NextInt(35, 88));
        p.FirstEvaluationDate = firstEvaluation < progression ? firstEvaluation : progression;

        if (secondLine)
        {
            p.SecondLineStart = progression.AddDays(gapDays);
            if (p.SecondLineStart >= p.LastContactDate)
            {
                // Keep the second line inside follow-up: such a patient was seen alive on it.
                p.LastContactDate = p.SecondLineStart.Value.AddDays(30);
                p.VitalStatus = VitalStatus.Alive;
            }
            var secondProgression = p.SecondLineStart.Value.AddDays(30 + rng.NextInt(0, 150));
            if (secondProgression < p.LastContactDate)
                p.SecondProgressionDate = secondProgression;
        }
    }

    private static void Apply(PatientDraft p, ExclusionReason reason, Xoshiro256StarStar rng)
    {
        switch (reason)
        {
            case ExclusionReason.OtherPrimaryTumour:
                p.OtherPrimaryTumour = true;
                break;
            case ExclusionReason.ImmuneMonotherapy:
                p.SecondLineClass = SecondLineClass.Pd1Monotherapy;
                p.SecondLinePd1 = LenvatinibDesign.Pd1Monotherapies[rng.NextInt(LenvatinibDesign.Pd1Monotherapies.Count)];
                break;
            case ExclusionReason.NonAdherence:
                p.AdherentToLenvatinib = false;
                break;
            case ExclusionReason.EarlyDeath:
                break; // set with the dates
            case ExclusionReason.NoViralHepatitis:
                p.Virus = HepatitisVirus.None;
                break;
            case ExclusionReason.Intolerance:
                p.LenvatinibIntolerance = true;
                break;
            case ExclusionReason.MissingFollowUp:
                p.LastContactDate = null;
                p.VitalStatus = null;
                p.SecondProgressionDate = null;
                if (rng.NextBool(0.5))
                    p.ProgressionDate = null;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown exclusion reason.");
        }
    }
}
