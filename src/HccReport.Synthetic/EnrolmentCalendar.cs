namespace HccReport.Synthetic;

/// <summary>
/// Draws lenvatinib start dates between February 2019 and February 2023. Use of lenvatinib grew after
/// its approval in China (September 2018) and its listing for national reimbursement (2021), so the
/// daily rate rises as 1 + <see cref="Growth"/> x^<see cref="Power"/> over the enrolment window
/// (x from 0 to 1). A start date can be capped
/// so that the events the study requires (progression, a second line) fall before follow-up ends.
/// </summary>
internal sealed class EnrolmentCalendar
{
    /// <summary>Relative growth of the enrolment rate over the four years.</summary>
    internal const double Growth = 20.0;

    /// <summary>Shape of the growth: 1 is linear, 2 quadratic (slow at first, fast later).</summary>
    internal const double Power = 2.0;

    private readonly double[] _cumulative;

    public EnrolmentCalendar()
    {
        int days = LenvatinibDesign.EnrolmentEnd.DayNumber - LenvatinibDesign.EnrolmentStart.DayNumber + 1;
        _cumulative = new double[days];
        double sum = 0.0;
        for (int d = 0; d < days; d++)
        {
            double x = (double)d / (days - 1);
            sum += 1.0 + Growth * x * x;
            _cumulative[d] = sum;
        }
    }

    /// <summary>A start date no later than <paramref name="latest"/> (nor than the end of enrolment).</summary>
    public DateOnly Draw(Xoshiro256StarStar rng, DateOnly latest)
    {
        int last = Math.Min(latest.DayNumber, LenvatinibDesign.EnrolmentEnd.DayNumber) - LenvatinibDesign.EnrolmentStart.DayNumber;
        if (last < 0)
            throw new ArgumentOutOfRangeException(nameof(latest), latest, "No enrolment day is early enough.");
        double u = rng.NextDouble() * _cumulative[last];
        int lo = 0, hi = last;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_cumulative[mid] > u) hi = mid; else lo = mid + 1;
        }
        return LenvatinibDesign.EnrolmentStart.AddDays(lo);
    }
}
