namespace HccReport.Synthetic;

/// <summary>
/// Baseline characteristics at lenvatinib start. For an included group every binary row of Table 1
/// gets exactly its published count: the "yes" goes to the patients with the highest scores, where a
/// score is a weighted sum of shared latent factors plus noise. The factors make the rows correlate
/// the way they do clinically: tumour burden (extrahepatic metastasis, vascular invasion, AFP, tumour
/// size), liver disease (cirrhosis, portal hypertension, splenomegaly, Child-Pugh B, transaminases)
/// and lifestyle (male sex, smoking, drinking). The tumour-burden weights set how much AFP &gt; 400
/// loses when adjusted for the other tumour rows (the paper: OR 2.00 alone, 1.76 adjusted).
/// </summary>
internal static class BaselineGenerator
{
    /// <summary>Loading of extrahepatic metastasis, AFP &gt; 400 and tumour size &gt; 5 cm on tumour burden.</summary>
    internal const double TumourLoadingMetastasis = 0.5, TumourLoadingAfp = 0.5, TumourLoadingSize = 0.4;

    /// <summary>An included group with its Table 1 counts met exactly.</summary>
    public static List<PatientDraft> BuildGroup(GroupQuota quota, Xoshiro256StarStar rng)
    {
        int n = quota.N;
        var patients = Enumerable.Range(0, n).Select(_ => new PatientDraft { Resistance = quota.Resistance }).ToList();
        double[] tumour = Normals(rng, n), liver = Normals(rng, n), lifestyle = Normals(rng, n);

        Assign(rng, patients, quota.AgeOver50, (p, i) => 0.0, (p, v) => p.AgeOver50 = v);
        Assign(rng, patients, quota.Male, (p, i) => 0.4 * lifestyle[i], (p, v) => p.Sex = v ? Sex.Male : Sex.Female);
        Assign(rng, patients, quota.Smoking, (p, i) => 0.6 * lifestyle[i] + (p.Sex == Sex.Male ? 1.2 : 0.0), (p, v) => p.Smoking = v);
        Assign(rng, patients, quota.Drinking, (p, i) => 0.6 * lifestyle[i] + (p.Sex == Sex.Male ? 1.0 : 0.0), (p, v) => p.Drinking = v);
        Assign(rng, patients, quota.Diabetes, (p, i) => p.AgeOver50 ? 0.3 : 0.0, (p, v) => p.Diabetes = v);
        Assign(rng, patients, quota.Hypertension, (p, i) => p.AgeOver50 ? 0.5 : 0.0, (p, v) => p.Hypertension = v);
        Assign(rng, patients, quota.Hbv, (p, i) => 0.0, (p, v) => p.Virus = v ? HepatitisVirus.Hbv : HepatitisVirus.Hcv);

        Assign(rng, patients, quota.ExtrahepaticMetastasis, (p, i) => TumourLoadingMetastasis * tumour[i], (p, v) => p.ExtrahepaticMetastasis = v);
        // Vascular invasion in two strata, so that BCLC C (= invasion or metastasis) meets its count too.
        var withMetastasis = patients.Where(p => p.ExtrahepaticMetastasis).ToList();
        var withoutMetastasis = patients.Where(p => !p.ExtrahepaticMetastasis).ToList();
        Assign(rng, withMetastasis, quota.VascularInvasionWithMetastasis, (p, i) => 0.0, (p, v) => p.VascularInvasion = v);
        Assign(rng, withoutMetastasis, quota.VascularInvasion - quota.VascularInvasionWithMetastasis, (p, i) => 0.0, (p, v) => p.VascularInvasion = v);
        Assign(rng, patients, quota.AfpOver400, (p, i) => TumourLoadingAfp * tumour[i], (p, v) => p.AfpOver400 = v);
        Assign(rng, patients, quota.TumourOver5, (p, i) => TumourLoadingSize * tumour[i], (p, v) => p.TumourOver5 = v);

        Assign(rng, patients, quota.Cirrhosis, (p, i) => 0.6 * liver[i], (p, v) => p.Cirrhosis = v);
        Assign(rng, patients, quota.PortalHypertension, (p, i) => 0.6 * liver[i] + (p.Cirrhosis ? 0.3 : 0.0), (p, v) => p.PortalHypertension = v);
        Assign(rng, patients, quota.Splenomegaly, (p, i) => 0.5 * liver[i] + (p.PortalHypertension ? 0.5 : 0.0), (p, v) => p.Splenomegaly = v);
        Assign(rng, patients, quota.ChildPughB, (p, i) => 0.5 * liver[i] + (p.Cirrhosis ? 0.4 : 0.0), (p, v) => p.ChildPughB = v);
        Assign(rng, patients, quota.AltOver40, (p, i) => 0.2 * liver[i], (p, v) => p.AltOver40 = v);
        Assign(rng, patients, quota.AstOver40, (p, i) => 0.3 * liver[i] + (p.AltOver40 ? 0.8 : 0.0), (p, v) => p.AstOver40 = v);

        foreach (var p in patients)
            FillValues(p, rng);
        return patients;
    }

    /// <summary>
    /// A screened patient outside the groups (one who is excluded): each indicator drawn on its own
    /// with the included cohort's overall rate.
    /// </summary>
    public static PatientDraft BuildExcluded(Xoshiro256StarStar rng)
    {
        var p = new PatientDraft
        {
            AgeOver50 = rng.NextBool(411.0 / 531),
            Sex = rng.NextBool(453.0 / 531) ? Sex.Male : Sex.Female,
            Virus = rng.NextBool(513.0 / 531) ? HepatitisVirus.Hbv : HepatitisVirus.Hcv,
            Diabetes = rng.NextBool(88.0 / 531),
            Hypertension = rng.NextBool(182.0 / 531),
            Cirrhosis = rng.NextBool(417.0 / 531),
            ExtrahepaticMetastasis = rng.NextBool(276.0 / 531),
            AfpOver400 = rng.NextBool(187.0 / 531),
            TumourOver5 = rng.NextBool(209.0 / 531),
            ChildPughB = rng.NextBool(148.0 / 531),
            AltOver40 = rng.NextBool(165.0 / 531),
        };
        p.Smoking = rng.NextBool(p.Sex == Sex.Male ? 0.45 : 0.08);
        p.Drinking = rng.NextBool(p.Sex == Sex.Male ? 0.40 : 0.06);
        p.VascularInvasion = rng.NextBool(p.ExtrahepaticMetastasis ? 0.46 : 0.12);
        p.PortalHypertension = rng.NextBool(p.Cirrhosis ? 0.55 : 0.25);
        p.Splenomegaly = rng.NextBool(p.PortalHypertension ? 0.85 : 0.55);
        p.AstOver40 = rng.NextBool(p.AltOver40 ? 0.8 : 0.3);
        FillValues(p, rng);
        return p;
    }

    /// <summary>The measured values behind the indicators, and the baseline fields no table counts.</summary>
    private static void FillValues(PatientDraft p, Xoshiro256StarStar rng)
    {
        p.Age = p.AgeOver50
            ? (int)Math.Floor(rng.NextTruncatedGaussian(60.0, 8.0, 51.0, 84.999))
            : (int)Math.Floor(rng.NextTruncatedGaussian(44.0, 5.0, 27.0, 50.999));
        // Values are rounded first and checked after, so that the printed value is on the right side of the cut-off.
        p.AfpNgPerMl = p.AfpOver400
            ? Draw(() => Round2(rng.NextTruncatedLogNormal(2500.0, 1.3, 400.0, 60500.0)), v => v > 400m)
            : Draw(() => Round2(rng.NextTruncatedLogNormal(30.0, 1.6, 0.8, 400.0)), v => v <= 400m);
        p.TumourSizeCm = p.TumourOver5
            ? Draw(() => Round1(rng.NextTruncatedLogNormal(8.5, 0.3, 5.0, 20.0)), v => v > 5m)
            : Draw(() => Round1(rng.NextTruncatedLogNormal(3.4, 0.3, 1.0, 5.0)), v => v <= 5m);
        p.AltUPerL = p.AltOver40
            ? (int)Math.Round(rng.NextTruncatedLogNormal(68.0, 0.45, 41.0, 420.0))
            : (int)Math.Round(rng.NextTruncatedLogNormal(25.0, 0.3, 7.0, 40.0));
        p.AstUPerL = p.AstOver40
            ? (int)Math.Round(rng.NextTruncatedLogNormal(78.0, 0.45, 41.0, 520.0))
            : (int)Math.Round(rng.NextTruncatedLogNormal(29.0, 0.2, 12.0, 40.0));

        if (p.BclcC)
        {
            p.Bclc = BclcStage.C;
            p.Ecog = rng.NextDouble() switch { < 0.55 => 0, < 0.95 => 1, _ => 2 };
            p.MeasurableLesions = rng.NextInt(1, 5);
        }
        else if (!p.TumourOver5 && rng.NextBool(0.35))
        {
            p.Bclc = BclcStage.A;
            p.Ecog = 0;
            p.MeasurableLesions = rng.NextInt(1, 3);
        }
        else
        {
            p.Bclc = BclcStage.B;
            p.Ecog = 0;
            p.MeasurableLesions = rng.NextInt(2, 6);
        }

        p.AlbuminGPerL = p.ChildPughB
            ? Round1(rng.NextTruncatedGaussian(31.5, 3.5, 22.0, 40.0))
            : Round1(rng.NextTruncatedGaussian(39.5, 3.5, 30.0, 50.0));
        p.TotalBilirubinUmolPerL = p.ChildPughB
            ? Round1(rng.NextTruncatedLogNormal(28.0, 0.45, 8.0, 75.0))
            : Round1(rng.NextTruncatedLogNormal(14.0, 0.4, 4.0, 34.0));
        p.Platelets = p.Splenomegaly
            ? (int)Math.Round(rng.NextTruncatedLogNormal(95.0, 0.4, 25.0, 300.0))
            : (int)Math.Round(rng.NextTruncatedLogNormal(175.0, 0.35, 60.0, 450.0));

        // Realistic gaps in the columns no analysis of the paper uses.
        if (rng.NextBool(0.03)) p.Ecog = null;
        if (rng.NextBool(0.025)) p.AlbuminGPerL = null;
        if (rng.NextBool(0.025)) p.TotalBilirubinUmolPerL = null;
        if (rng.NextBool(0.04)) p.Platelets = null;
    }

    /// <summary>Gives "yes" to the <paramref name="count"/> patients with the highest score plus standard normal noise.</summary>
    private static void Assign(Xoshiro256StarStar rng, List<PatientDraft> patients, int count,
        Func<PatientDraft, int, double> signal, Action<PatientDraft, bool> set)
    {
        if (count < 0 || count > patients.Count)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Cannot give {count} of {patients.Count} patients a yes.");
        var scores = new double[patients.Count];
        for (int i = 0; i < patients.Count; i++)
            scores[i] = signal(patients[i], i) + rng.NextGaussian();
        // Ties are practically impossible with continuous noise; the index keeps the order defined anyway.
        var ranked = Enumerable.Range(0, patients.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        for (int r = 0; r < ranked.Length; r++)
            set(patients[ranked[r]], r < count);
    }

    private static double[] Normals(Xoshiro256StarStar rng, int n)
    {
        var values = new double[n];
        for (int i = 0; i < n; i++)
            values[i] = rng.NextGaussian();
        return values;
    }

    private static decimal Draw(Func<decimal> draw, Func<decimal, bool> accept)
    {
        while (true)
        {
            decimal value = draw();
            if (accept(value))
                return value;
        }
    }

    private static decimal Round1(double x) => Math.Round((decimal)x, 1, MidpointRounding.AwayFromZero);

    private static decimal Round2(double x) => Math.Round((decimal)x, 2, MidpointRounding.AwayFromZero);
}
