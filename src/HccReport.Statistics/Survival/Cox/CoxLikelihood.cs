using System.Runtime.CompilerServices;

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
/// Sums over the risk set are carried from later to earlier times (<see cref="CoxRiskSetSums"/>, which also
/// evaluates each tie group's Efron terms in closed form), so the cost is O(n p²) per evaluation whatever the ties.
/// An instance owns its scratch arrays: one instance per fit, not shared between threads.
/// </para>
/// </remarks>
internal sealed class CoxLikelihood
{
    private readonly CoxRiskSets _riskSets;
    private readonly double[] _x;
    private readonly int _p;
    private readonly bool _efron;
    private readonly CoxRiskSetSums _sums;

    public CoxLikelihood(CoxRiskSets riskSets, CoxDesign design, CoxTies ties)
    {
        _riskSets = riskSets;
        _x = design.X;
        _p = design.Columns;
        _efron = ties == CoxTies.Efron;
        _sums = new CoxRiskSetSums(_p);
    }

    /// <summary>Number of coefficients.</summary>
    public int Columns => _p;

    /// <summary>
    /// ℓ(β); fills <paramref name="score"/> (length p) and <paramref name="information"/> (p × p, row-major, symmetric).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Evaluate(ReadOnlySpan<double> beta, double[] score, double[] information)
    {
        var p = _p;
        var x = _x;
        var sums = _sums;
        var groupStart = _riskSets.GroupStart;
        var firstEvent = _riskSets.GroupFirstEvent;
        var opens = _riskSets.GroupOpensStratum;

        Array.Clear(score, 0, p);
        Array.Clear(information, 0, p * p);
        double loglik = 0;
        for (var g = 0; g < groupStart.Length - 1; g++)
        {
            if (opens[g]) sums.Reset();
            for (var k = groupStart[g]; k < firstEvent[g]; k++)
            {
                var row = x.AsSpan(k * p, p);
                sums.AddAtRisk(row, Math.Exp(Dot(row, beta)));
            }
            var end = groupStart[g + 1];
            if (firstEvent[g] == end) continue;
            for (var k = firstEvent[g]; k < end; k++)
            {
                var row = x.AsSpan(k * p, p);
                var zbeta = Dot(row, beta);
                loglik += zbeta;
                for (var i = 0; i < p; i++) score[i] += row[i];
                sums.AddEvent(row, Math.Exp(zbeta));
            }
            loglik -= sums.CloseGroup(end - firstEvent[g], _efron, score, information);
        }

        for (var i = 0; i < p; i++)
            for (var j = 0; j < i; j++) information[j * p + i] = information[i * p + j];
        return loglik;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Dot(ReadOnlySpan<double> row, ReadOnlySpan<double> beta)
    {
        double sum = 0;
        for (var i = 0; i < row.Length; i++) sum += beta[i] * row[i];
        return sum;
    }
}
