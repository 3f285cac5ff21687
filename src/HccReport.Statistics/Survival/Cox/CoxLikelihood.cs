namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The log partial likelihood of the Cox model with its score vector and information matrix, computed in
/// one backward sweep through time (R survival's <c>coxfit6</c> recursion).
/// </summary>
/// <remarks>
/// <para>
/// With risk score r_i = exp(x_i'β), risk set R(t) = {i : t_i ≥ t} within the stratum, D(t) the d events at t
/// and s(t) the sum of their covariates, Breslow's log partial likelihood is
/// ℓ(β) = Σ_t [ s(t)'β − d log Σ_{R(t)} r_i ].
/// Efron's replaces the d copies of the denominator by Σ_{R(t)} r_i − (k/d) Σ_{D(t)} r_i, k = 0..d−1,
/// and averages the weighted means x̄ and variances V over the same d partial risk sets.
/// The score is U = Σ_t [ s(t) − Σ_k x̄_k ] and the information I = Σ_t Σ_k V_k, both summed per event
/// (Efron) or d times at x̄ (Breslow). A time with a single event is the same under both.
/// </para>
/// <para>
/// Sums over the risk set are carried from later to earlier times, so the cost is O(n p²) per evaluation.
/// An instance owns its scratch arrays: one instance per fit, not shared between threads.
/// </para>
/// </remarks>
internal sealed class CoxLikelihood
{
    private readonly CoxRiskSets _riskSets;
    private readonly double[] _x;
    private readonly int _p;
    private readonly bool _efron;
    private readonly double[] _a;
    private readonly double[] _a2;
    private readonly double[] _cmat;
    private readonly double[] _cmat2;

    public CoxLikelihood(CoxRiskSets riskSets, CoxDesign design, CoxTies ties)
    {
        _riskSets = riskSets;
        _x = design.X;
        _p = design.Columns;
        _efron = ties == CoxTies.Efron;
        _a = new double[_p];
        _a2 = new double[_p];
        _cmat = new double[_p * _p];
        _cmat2 = new double[_p * _p];
    }

    /// <summary>Number of coefficients.</summary>
    public int Columns => _p;

    /// <summary>
    /// ℓ(β); fills <paramref name="score"/> (length p) and <paramref name="information"/> (p × p, row-major, symmetric).
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> beta, double[] score, double[] information)
    {
        var p = _p;
        var x = _x;
        var a = _a;
        var a2 = _a2;
        var cmat = _cmat;
        var cmat2 = _cmat2;
        var isEvent = _riskSets.IsEvent;
        var groupStart = _riskSets.GroupStart;
        var opens = _riskSets.GroupOpensStratum;

        Array.Clear(score, 0, p);
        Array.Clear(information, 0, p * p);
        Array.Clear(a2);
        Array.Clear(cmat2);
        double loglik = 0;
        double denom = 0;

        for (var g = 0; g < groupStart.Length - 1; g++)
        {
            if (opens[g])
            {
                denom = 0;
                Array.Clear(a);
                Array.Clear(cmat);
            }

            var deaths = 0;
            double denom2 = 0;
            for (var k = groupStart[g]; k < groupStart[g + 1]; k++)
            {
                var row = x.AsSpan(k * p, p);
                double zbeta = 0;
                for (var i = 0; i < p; i++) zbeta += beta[i] * row[i];
                var risk = Math.Exp(zbeta);
                if (isEvent[k])
                {
                    deaths++;
                    denom2 += risk;
                    loglik += zbeta;
                    for (var i = 0; i < p; i++)
                    {
                        score[i] += row[i];
                        var rx = risk * row[i];
                        a2[i] += rx;
                        var ci = cmat2.AsSpan(i * p, i + 1);
                        for (var j = 0; j <= i; j++) ci[j] += rx * row[j];
                    }
                }
                else
                {
                    denom += risk;
                    for (var i = 0; i < p; i++)
                    {
                        var rx = risk * row[i];
                        a[i] += rx;
                        var ci = cmat.AsSpan(i * p, i + 1);
                        for (var j = 0; j <= i; j++) ci[j] += rx * row[j];
                    }
                }
            }
            if (deaths == 0) continue;

            if (!_efron || deaths == 1)
            {
                denom += denom2;
                loglik -= deaths * Math.Log(denom);
                for (var i = 0; i < p; i++)
                {
                    a[i] += a2[i];
                    var mean = a[i] / denom;
                    score[i] -= deaths * mean;
                    for (var j = 0; j <= i; j++)
                    {
                        cmat[i * p + j] += cmat2[i * p + j];
                        information[i * p + j] += deaths * (cmat[i * p + j] - mean * a[j]) / denom;
                    }
                }
            }
            else
            {
                // Efron: d partial risk sets, each adding back 1/d of the tied events' sums.
                for (var step = 0; step < deaths; step++)
                {
                    denom += denom2 / deaths;
                    loglik -= Math.Log(denom);
                    for (var i = 0; i < p; i++)
                    {
                        a[i] += a2[i] / deaths;
                        var mean = a[i] / denom;
                        score[i] -= mean;
                        for (var j = 0; j <= i; j++)
                        {
                            cmat[i * p + j] += cmat2[i * p + j] / deaths;
                            information[i * p + j] += (cmat[i * p + j] - mean * a[j]) / denom;
                        }
                    }
                }
            }
            Array.Clear(a2);
            Array.Clear(cmat2);
        }

        for (var i = 0; i < p; i++)
            for (var j = 0; j < i; j++) information[j * p + i] = information[i * p + j];
        return loglik;
    }
}
