namespace HccReport.Synthetic;

/// <summary>
/// Natural logarithm and exponential from IEEE-754 additions, multiplications and divisions only.
/// <see cref="Math.Log"/> and <see cref="Math.Exp"/> call the platform's C library, whose last bit may
/// differ between operating systems and processors; a generator that must write the same bytes
/// everywhere cannot depend on that. The relative error is below 1e-14 for the arguments the
/// generator uses (|x| &lt; 50 for <see cref="Exp"/>), far below anything the cohort rounds to.
/// </summary>
internal static class PortableMath
{
    private const double Ln2 = 0.6931471805599453094;

    /// <summary>ln(x) for finite x &gt; 0: x = m 2^e with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh((m-1)/(m+1)).</summary>
    public static double Log(double x)
    {
        if (!(x > 0.0) || double.IsInfinity(x))
            throw new ArgumentOutOfRangeException(nameof(x), x, "Log needs a finite positive number.");
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        if (biased == 0)
            return Log(x * 4503599627370496.0) - 52.0 * Ln2; // subnormal: scale by 2^52 first
        int exponent = biased - 1023;
        double m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        if (m >= 1.4142135623730951)
        {
            m *= 0.5;
            exponent++;
        }
        double s = (m - 1.0) / (m + 1.0);
        double s2 = s * s;
        // |s| < 0.1716, so s^2 < 0.0295 and 16 odd terms leave an error below 1e-24.
        double term = s;
        double sum = 0.0;
        for (int k = 1; k <= 33; k += 2)
        {
            sum += term / k;
            term *= s2;
        }
        return 2.0 * sum + exponent * Ln2;
    }

    /// <summary>e^x: x = k ln 2 + r with |r| &lt;= ln2/2, e^r by its Taylor series, times 2^k.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
            throw new ArgumentOutOfRangeException(nameof(x), x, "Exp needs a number.");
        if (x > 709.0)
            return double.PositiveInfinity;
        if (x < -708.0)
            return 0.0;
        double k = Math.Round(x / Ln2, MidpointRounding.ToEven);
        double r = x - k * Ln2;
        double term = 1.0;
        double sum = 1.0;
        for (int n = 1; n <= 24; n++)
        {
            term *= r / n;
            sum += term;
        }
        return sum * BitConverter.Int64BitsToDouble((long)((int)k + 1023) << 52);
    }
}
