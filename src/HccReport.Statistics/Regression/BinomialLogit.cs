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
}
