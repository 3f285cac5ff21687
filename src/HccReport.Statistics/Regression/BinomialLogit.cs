using System.Numerics;
using System.Runtime.CompilerServices;

namespace HccReport.Statistics.Regression;

/// <summary>
/// The binomial family with logit link exactly as R's <c>binomial()</c> computes it in C
/// (family.c: logit_linkinv, logit_mu_eta, binomial_dev_resids): beyond |eta| = 30 the inverse link
/// and its derivative are clamped to DBL_EPSILON, which is what keeps glm's iterations finite under separation.
/// </summary>
internal static class BinomialLogit
{
    /// <summary>C's DBL_EPSILON (not .NET's double.Epsilon, the smallest subnormal).</summary>
    public const double DblEpsilon = 2.220446049250313e-16;

    private const double Threshold = 30.0;
    private const double InverseEpsilon = 1.0 / DblEpsilon;

    /// <summary>mu = linkinv(eta) and mu.eta(eta) = d mu / d eta, from one exp.</summary>
    public static void Evaluate(double eta, out double mu, out double muEta)
    {
        if (eta < -Threshold)
        {
            mu = DblEpsilon / (1.0 + DblEpsilon);
            muEta = DblEpsilon;
        }
        else if (eta > Threshold)
        {
            mu = InverseEpsilon / (1.0 + InverseEpsilon);
            muEta = DblEpsilon;
        }
        else
        {
            var t = Math.Exp(eta);
            var opexp = 1.0 + t;
            mu = t / opexp;
            muEta = t / (opexp * opexp);
        }
    }

    /// <summary>logit(mu), R's <c>binomial()$linkfun</c>.</summary>
    public static double Link(double mu) => Math.Log(mu / (1.0 - mu));

    /// <summary>Unit deviance of a 0/1 outcome: 2 y log(y/mu) + 2 (1-y) log((1-y)/(1-mu)).</summary>
    public static double UnitDeviance(double y, double mu) =>
        y > 0 ? 2.0 * Math.Log(1.0 / mu) : 2.0 * Math.Log(1.0 / (1.0 - mu));

    /// <summary>glm's starting value for a 0/1 outcome with unit weights: mustart = (y + 0.5) / 2.</summary>
    public static double StartingEta(double y) => Link((y + 0.5) / 2.0);

    /// <summary>
    /// For each row: the IRLS weight w = mu.eta^2 / V(mu) and working response z = eta - offset + (y - mu) / mu.eta
    /// at the linear predictor eta; returns the deviance sum. SIMD where available (Vector.Exp and Vector.Log
    /// agree with Math.Exp and Math.Log to an ulp), with the same clamping as <see cref="Evaluate"/>.
    /// </summary>
    /// <param name="eta">Linear predictor.</param>
    /// <param name="y">0/1 outcome.</param>
    /// <param name="offset">Offset, or empty for none.</param>
    /// <param name="w">Receives the weights.</param>
    /// <param name="z">Receives the working response.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double WorkingValues(ReadOnlySpan<double> eta, ReadOnlySpan<double> y, ReadOnlySpan<double> offset,
        Span<double> w, Span<double> z)
    {
        unchecked
        {
            var len = eta.Length;
            var hasOffset = !offset.IsEmpty;
            var dev = 0.0;
            var r = 0;
            var width = Vector<double>.Count;
            if (Vector.IsHardwareAccelerated && len >= width)
            {
                var one = Vector<double>.One;
                var two = new Vector<double>(2.0);
                var upper = new Vector<double>(Threshold);
                var lower = new Vector<double>(-Threshold);
                var muLow = new Vector<double>(DblEpsilon / (1.0 + DblEpsilon));
                var muHigh = new Vector<double>(InverseEpsilon / (1.0 + InverseEpsilon));
                var epsilon = new Vector<double>(DblEpsilon);
                var devSum = Vector<double>.Zero;
                for (; r + width <= len; r += width)
                {
                    var e = new Vector<double>(eta[r..]);
                    var t = Vector.Exp(e);
                    var opexp = one + t;
                    var mu = t / opexp;
                    var muEta = t / (opexp * opexp);
                    var low = Vector.LessThan(e, lower);
                    var high = Vector.GreaterThan(e, upper);
                    mu = Vector.ConditionalSelect(low, muLow, Vector.ConditionalSelect(high, muHigh, mu));
                    muEta = Vector.ConditionalSelect(low | high, epsilon, muEta);
                    var yv = new Vector<double>(y[r..]);
                    var isEvent = Vector.GreaterThan(yv, Vector<double>.Zero);
                    devSum += two * Vector.Log(Vector.ConditionalSelect(isEvent, one / mu, one / (one - mu)));
                    (muEta * muEta / (mu * (one - mu))).CopyTo(w[r..]);
                    var off = hasOffset ? new Vector<double>(offset[r..]) : Vector<double>.Zero;
                    (e - off + (yv - mu) / muEta).CopyTo(z[r..]);
                }
                dev = Vector.Sum(devSum);
            }
            for (; r < len; r++)
            {
                var e = eta[r];
                Evaluate(e, out var mu, out var muEta);
                dev += UnitDeviance(y[r], mu);
                w[r] = muEta * muEta / (mu * (1.0 - mu));
                z[r] = e - (hasOffset ? offset[r] : 0.0) + (y[r] - mu) / muEta;
            }
            return dev;
        }
    }
}
