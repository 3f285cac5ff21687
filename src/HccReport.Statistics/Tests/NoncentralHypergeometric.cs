using MathNet.Numerics;

namespace HccReport.Statistics.Tests;

/// <summary>
/// The distribution of x11 in a 2 x 2 table with fixed margins and odds ratio psi (Fisher's non-central
/// hypergeometric), computed as fisher.test's dnhyper, mnhyper and pnhyper do: the central log-densities
/// plus psi^x, exponentiated relative to their maximum and normalised.
/// </summary>
internal sealed class NoncentralHypergeometric
{
    private readonly double[] _logCentral;

    /// <param name="m">First column total.</param>
    /// <param name="n">Second column total.</param>
    /// <param name="k">First row total.</param>
    public NoncentralHypergeometric(int m, int n, int k)
    {
        Lo = Math.Max(0, k - n);
        Hi = Math.Min(k, m);
        var logTotal = SpecialFunctions.BinomialLn(m + n, k);
        _logCentral = new double[Hi - Lo + 1];
        for (var x = Lo; x <= Hi; x++)
            _logCentral[x - Lo] = SpecialFunctions.BinomialLn(m, x) + SpecialFunctions.BinomialLn(n, k - x) - logTotal;
    }

    /// <summary>Smallest possible x11.</summary>
    public int Lo { get; }

    /// <summary>Largest possible x11.</summary>
    public int Hi { get; }

    /// <summary>Probabilities of x11 = Lo..Hi at odds ratio psi (dnhyper).</summary>
    public double[] Density(double psi)
    {
        var d = new double[_logCentral.Length];
        var logPsi = Math.Log(psi);
        var max = double.NegativeInfinity;
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = _logCentral[i] + logPsi * (Lo + i);
            max = Math.Max(max, d[i]);
        }
        var sum = 0.0;
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = Math.Exp(d[i] - max);
            sum += d[i];
        }
        for (var i = 0; i < d.Length; i++) d[i] /= sum;
        return d;
    }

    /// <summary>E[x11] at odds ratio psi (mnhyper).</summary>
    public double Mean(double psi)
    {
        if (psi == 0) return Lo;
        if (double.IsPositiveInfinity(psi)) return Hi;
        var d = Density(psi);
        var mean = 0.0;
        for (var i = 0; i < d.Length; i++) mean += (Lo + i) * d[i];
        return mean;
    }

    /// <summary>P(x11 &lt;= q), or P(x11 &gt;= q) for the upper tail, at odds ratio psi (pnhyper).</summary>
    public double Cdf(int q, double psi, bool upperTail)
    {
        if (psi == 0) return (upperTail ? q <= Lo : q >= Lo) ? 1.0 : 0.0;
        if (double.IsPositiveInfinity(psi)) return (upperTail ? q <= Hi : q >= Hi) ? 1.0 : 0.0;
        var d = Density(psi);
        var p = 0.0;
        for (var i = 0; i < d.Length; i++)
        {
            var x = Lo + i;
            if (upperTail ? x >= q : x <= q) p += d[i];
        }
        return p;
    }
}
