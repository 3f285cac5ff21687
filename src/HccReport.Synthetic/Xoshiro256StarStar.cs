namespace HccReport.Synthetic;

/// <summary>
/// The xoshiro256** generator of Blackman and Vigna (2018), seeded through SplitMix64. It is written out
/// here rather than taken from <see cref="Random"/> because the synthetic cohorts must be byte-identical
/// on every machine and every .NET version: the algorithm is fixed by its publication, uses only integer
/// arithmetic, and its doubles are exact multiples of 2^-53.
/// </summary>
internal sealed class Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator for one named part of a cohort, so that tuning one part leaves the others' draws unchanged.</summary>
    /// <param name="seed">The cohort's seed.</param>
    /// <param name="stream">A fixed name of the part, e.g. "baseline/Primary".</param>
    public static Xoshiro256StarStar ForStream(int seed, string stream)
    {
        // FNV-1a over the UTF-16 code units: a stable hash, unlike string.GetHashCode, which is randomised per process.
        ulong hash = 14695981039346656037UL;
        foreach (char c in stream)
        {
            hash ^= c;
            hash = unchecked(hash * 1099511628211UL);
        }
        return new Xoshiro256StarStar(unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ hash);
    }

    /// <summary>Seeds the four state words with SplitMix64, as the authors recommend.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>A generator in a given state, for checking against the authors' reference output.</summary>
    internal Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits times 2^-53, exact on every platform.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>A uniform double in (0, 1), for logarithms.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / 9007199254740992.0);

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias (rejection).</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        ulong bound = (ulong)maxExclusive;
        ulong limit = ulong.MaxValue - ulong.MaxValue % bound;
        ulong draw;
        do
        {
            draw = NextUInt64();
        }
        while (draw >= limit);
        return (int)(draw % bound);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int NextInt(int min, int max) => min + NextInt(max - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool NextBool(double p) => NextDouble() < p;

    /// <summary>A standard normal draw by Marsaglia's polar method, with <see cref="PortableMath"/> for the logarithm.</summary>
    public double NextGaussian()
    {
        while (true)
        {
            double u = 2.0 * NextDouble() - 1.0;
            double v = 2.0 * NextDouble() - 1.0;
            double s = u * u + v * v;
            if (s > 0.0 && s < 1.0)
                return u * Math.Sqrt(-2.0 * PortableMath.Log(s) / s);
        }
    }

    /// <summary>A normal draw truncated to [<paramref name="min"/>, <paramref name="max"/>] by rejection.</summary>
    public double NextTruncatedGaussian(double mean, double sd, double min, double max)
    {
        while (true)
        {
            double x = mean + sd * NextGaussian();
            if (x >= min && x <= max)
                return x;
        }
    }

    /// <summary>A log-normal draw (median <paramref name="median"/>, log-scale SD <paramref name="sdLog"/>) truncated to [min, max].</summary>
    public double NextTruncatedLogNormal(double median, double sdLog, double min, double max)
    {
        while (true)
        {
            double x = median * PortableMath.Exp(sdLog * NextGaussian());
            if (x >= min && x <= max)
                return x;
        }
    }

    /// <summary>Shuffles in place (Fisher-Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix64(ref ulong x)
    {
        unchecked
        {
            ulong z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
