namespace HccReport.Synthetic;

/// <summary>
/// The course of an included group after lenvatinib start: first progression (everyone progresses,
/// which is what makes them primary or secondary), second-line treatment, second progression, death,
/// and the dates with censoring at loss to follow-up or at the end of follow-up (2024-02-29).
/// </summary>
/// <remarks>
/// Times are laid on target quantiles rather than sampled (<see cref="PiecewiseSurvival.Quantiles"/>):
/// each regimen cell of the second-line patients takes its own curves, ranked within the cell by a
/// latent risk that carries the effects of extrahepatic metastasis and vascular invasion. The group's overall survival curve
/// is then completed by giving the patients without a second line the quantiles of the group curve
/// that the second-line patients did not already take.
/// </remarks>
internal static class OutcomeGenerator
{
    public static void Generate(List<PatientDraft> group, GroupQuota quota, EnrolmentCalendar calendar,
        Queue<string> tkiMonotherapies, Queue<(string Tki, string Pd1)> otherCombinations, Xoshiro256StarStar rng)
    {
        AssignProgression(group, quota, rng);
        foreach (var p in group)
            AssignStart(p, calendar, rng);
        var secondLine = AssignSecondLine(group, quota, tkiMonotherapies, otherCombinations, rng);
        foreach (RegimenCell cell in Enum.GetValues<RegimenCell>())
            AssignSecondLineTimes(secondLine.Where(p => p.Cell == cell).ToList(), quota.Resistance, cell, rng);
        AssignDeathWithoutSecondLine(group, quota.Resistance, rng);
        foreach (var p in group)
            SetFollowUp(p, rng);
    }

    private static void AssignProgression(List<PatientDraft> group, GroupQuota quota, Xoshiro256StarStar rng)
    {
        var curve = quota.Resistance == ResistanceType.Primary
            ? LenvatinibTimeModel.PrimaryProgression
            : LenvatinibTimeModel.SecondaryProgression;
        int[] days = curve.Quantiles(group.Count).Select(ToDays).ToArray();
        // With an even n, R's median averages the two middle times when the curve sits at exactly 0.5
        // and SPSS takes the lower one; equal middle times make both give the same median.
        if (group.Count % 2 == 0)
            days[group.Count / 2] = days[group.Count / 2 - 1];
        // A gap around 3 months keeps the grouping the same under any reading of "within 3 months"
        // (90 or 91 days, 3 x 30.4375 days, or 3 calendar months).
        int min = quota.Resistance == ResistanceType.Primary ? 35 : 96;
        int max = quota.Resistance == ResistanceType.Primary ? 88 : int.MaxValue;
        rng.Shuffle(days);
        for (int i = 0; i < group.Count; i++)
            group[i].ProgressionDays = Math.Clamp(days[i], min, max);
    }

    private static List<PatientDraft> AssignSecondLine(List<PatientDraft> group, GroupQuota quota,
        Queue<string> tkiMonotherapies, Queue<(string Tki, string Pd1)> otherCombinations, Xoshiro256StarStar rng)
    {
        // A second line is likelier the more follow-up is left after progression (early enrolment, early
        // progression): rank by the time left, in units of the whole follow-up window, plus noise, and
        // take the patients with the most time whose second line would start before follow-up ends.
        double window = LenvatinibDesign.FollowUpEnd.DayNumber - LenvatinibDesign.EnrolmentStart.DayNumber;
        var key = group.Select(p =>
        {
            double left = LenvatinibDesign.FollowUpEnd.DayNumber - p.LenvatinibStart.DayNumber - p.ProgressionDays - p.GapDays;
            double noise = rng.NextGaussian();
            return left < 1 ? double.PositiveInfinity : -LenvatinibTimeModel.SecondLineFollowUpWeight * left / window + noise;
        }).ToArray();
        var secondLine = Enumerable.Range(0, group.Count).OrderBy(i => key[i]).ThenBy(i => i)
            .Take(quota.SecondLine).Select(i => group[i]).ToList();
        if (secondLine.Any(p => p.LenvatinibStart.DayNumber + p.ProgressionDays + p.GapDays >= LenvatinibDesign.FollowUpEnd.DayNumber))
            throw new InvalidOperationException("Too few patients progressed early enough for their second line.");
        rng.Shuffle(secondLine);
        for (int i = 0; i < secondLine.Count; i++)
        {
            var p = secondLine[i];
            if (i < quota.SecondLineTki)
            {
                p.Cell = RegimenCell.Tki;
                p.SecondLineClass = SecondLineClass.Tki;
                p.SecondLineTki = tkiMonotherapies.Dequeue();
            }
            else if (i < quota.SecondLineTki + quota.SecondLineLenvatinibSintilimab)
            {
                p.Cell = RegimenCell.LenvatinibSintilimab;
                p.SecondLineClass = SecondLineClass.Combination;
                (p.SecondLineTki, p.SecondLinePd1) = ("Lenvatinib", "Sintilimab");
            }
            else
            {
                p.Cell = RegimenCell.OtherCombination;
                p.SecondLineClass = SecondLineClass.Combination;
                (p.SecondLineTki, p.SecondLinePd1) = otherCombinations.Dequeue();
            }
        }
        return secondLine;
    }

    private static void AssignSecondLineTimes(List<PatientDraft> cell, ResistanceType resistance, RegimenCell regimen, Xoshiro256StarStar rng)
    {
        if (cell.Count == 0)
            return;
        double rho = LenvatinibTimeModel.SecondLineCorrelation;
        var deathKey = new double[cell.Count];
        var progressionKey = new double[cell.Count];
        for (int i = 0; i < cell.Count; i++)
        {
            double z1 = rng.NextGaussian(), z2 = rng.NextGaussian();
            double metastasis = cell[i].ExtrahepaticMetastasis ? 1.0 : 0.0;
            double invasion = cell[i].VascularInvasion ? LenvatinibTimeModel.VascularInvasionShift : 0.0;
            deathKey[i] = -LenvatinibTimeModel.MetastasisShiftDeath * metastasis - invasion + z1;
            progressionKey[i] = -LenvatinibTimeModel.MetastasisShiftProgression * metastasis - invasion + rho * z1 + Math.Sqrt(1 - rho * rho) * z2;
        }
        int[] death = LenvatinibTimeModel.SecondLineDeath(resistance, regimen).Quantiles(cell.Count).Select(ToDays).ToArray();
        int[] progression = LenvatinibTimeModel.SecondLineProgression(resistance, regimen).Quantiles(cell.Count).Select(ToDays).ToArray();
        var byDeath = Enumerable.Range(0, cell.Count).OrderBy(i => deathKey[i]).ThenBy(i => i).ToArray();
        var byProgression = Enumerable.Range(0, cell.Count).OrderBy(i => progressionKey[i]).ThenBy(i => i).ToArray();
        for (int r = 0; r < cell.Count; r++)
        {
            cell[byDeath[r]].SecondLineDeathDays = death[r];
            cell[byProgression[r]].SecondLineProgressionDays = progression[r];
        }
        foreach (var p in cell)
            p.DeathDays = p.ProgressionDays + p.GapDays + p.SecondLineDeathDays;
    }

    private static void AssignDeathWithoutSecondLine(List<PatientDraft> group, ResistanceType resistance, Xoshiro256StarStar rng)
    {
        var curve = resistance == ResistanceType.Primary ? LenvatinibTimeModel.PrimaryDeath : LenvatinibTimeModel.SecondaryDeath;
        var grid = curve.Quantiles(group.Count).Select(ToDays).ToList();
        // The second-line patients already hold death times; take out the grid points nearest to theirs.
        foreach (int taken in group.Where(p => p.Cell is not null).Select(p => p.DeathDays).Order())
            grid.RemoveAt(NearestIndex(grid, taken));

        var rest = group.Where(p => p.Cell is null).ToList();
        // Couple death to progression on the rank scale, so that later progression means later death.
        var progressionRank = rest.Select(p => p.ProgressionDays).Order().ToList();
        var key = rest.Select(p => (double)progressionRank.IndexOf(p.ProgressionDays) / rest.Count
                                   + LenvatinibTimeModel.PostProgressionNoise * rng.NextGaussian()).ToArray();
        var order = Enumerable.Range(0, rest.Count).OrderBy(i => key[i]).ThenBy(i => i).ToArray();
        for (int r = 0; r < rest.Count; r++)
            rest[order[r]].DeathDays = grid[r];

        // Nobody dies before progressing: swap such a death time with a patient who can take it.
        int minGap = LenvatinibTimeModel.MinPostProgressionDays;
        foreach (var p in rest)
        {
            if (p.DeathDays >= p.ProgressionDays + minGap)
                continue;
            var partner = rest
                .Where(q => q.DeathDays >= p.ProgressionDays + minGap && p.DeathDays >= q.ProgressionDays + minGap)
                .OrderBy(q => q.DeathDays)
                .FirstOrDefault();
            if (partner is not null)
                (p.DeathDays, partner.DeathDays) = (partner.DeathDays, p.DeathDays);
            else
                p.DeathDays = p.ProgressionDays + minGap + rng.NextInt(0, 28);
        }
    }

    /// <summary>Lenvatinib start, progression and first evaluation dates, and the would-be gap to a second line.</summary>
    private static void AssignStart(PatientDraft p, EnrolmentCalendar calendar, Xoshiro256StarStar rng)
    {
        // Progression to a second-line start, if one is given: one to about ten weeks.
        p.GapDays = 7 + (int)Math.Round(rng.NextTruncatedLogNormal(14.0, 0.6, 0.0, 63.0));
        // Everyone included progressed before follow-up ended.
        p.LenvatinibStart = calendar.Draw(rng, LenvatinibDesign.FollowUpEnd.AddDays(-(p.ProgressionDays + 1)));
        p.ProgressionDate = p.LenvatinibStart.AddDays(p.ProgressionDays);
        // Progression is usually found at the first evaluation; sometimes an earlier scan was stable.
        // Both branches take two draws, so the streams stay aligned while the curves are tuned.
        double first = rng.NextDouble(), second = rng.NextDouble();
        if (p.Resistance == ResistanceType.Secondary)
            p.FirstEvaluationDate = p.LenvatinibStart.AddDays(42 + (int)(first * 47));
        else if (first < 0.7 || p.ProgressionDays - 7 < 28)
            p.FirstEvaluationDate = p.ProgressionDate.Value;
        else
            p.FirstEvaluationDate = p.LenvatinibStart.AddDays(28 + (int)(second * (p.ProgressionDays - 7 - 28 + 1)));
    }

    /// <summary>Second-line dates, death or loss to follow-up, and the last contact.</summary>
    private static void SetFollowUp(PatientDraft p, Xoshiro256StarStar rng)
    {
        var end = LenvatinibDesign.FollowUpEnd;
        bool secondLine = p.Cell is not null;
        var anchor = p.LenvatinibStart.AddDays(p.ProgressionDays);
        if (secondLine)
        {
            p.SecondLineStart = anchor.AddDays(p.GapDays);
            anchor = p.SecondLineStart.Value;
        }
        var death = p.LenvatinibStart.AddDays(p.DeathDays);
        // Loss to follow-up at a constant rate from progression (or second-line start) on.
        double lossDays = -PortableMath.Log(rng.NextOpenDouble()) / LenvatinibTimeModel.LossToFollowUpRate * LenvatinibDesign.DaysPerMonth;
        var censor = end;
        if (lossDays < end.DayNumber - anchor.DayNumber)
            censor = anchor.AddDays(Math.Max(1, (int)lossDays));
        if (death <= censor)
        {
            p.LastContactDate = death;
            p.VitalStatus = VitalStatus.Dead;
        }
        else
        {
            p.LastContactDate = censor;
            p.VitalStatus = VitalStatus.Alive;
        }

        if (secondLine && p.SecondLineProgressionDays < p.SecondLineDeathDays - LenvatinibTimeModel.MinPostProgressionDays)
        {
            var secondProgression = p.SecondLineStart!.Value.AddDays(p.SecondLineProgressionDays);
            if (secondProgression <= p.LastContactDate.Value)
                p.SecondProgressionDate = secondProgression;
        }
    }

    private static int NearestIndex(List<int> sorted, int value)
    {
        int index = sorted.BinarySearch(value);
        if (index >= 0)
            return index;
        index = ~index;
        if (index == sorted.Count)
            return index - 1;
        if (index == 0)
            return 0;
        return value - sorted[index - 1] <= sorted[index] - value ? index - 1 : index;
    }

    private static int ToDays(double months) => Math.Max(1, (int)Math.Round(months * LenvatinibDesign.DaysPerMonth, MidpointRounding.AwayFromZero));
}
