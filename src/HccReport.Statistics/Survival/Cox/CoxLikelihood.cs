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
    private readonly double[] _zbeta;
    private readonly double[] _risk;
    private readonly CoxRiskSetSums _sums;
    // On large data a second sweep, on another thread, takes the information rows from _split on. Its sums and
    // matrix are allocated by that thread, away from the first thread's: sharing a cache line, the two sweeps' writes
    // slowed each other more than the split saved.
    private readonly int _split;
    private CoxRiskSetSums? _lowerRows;
    private double[]? _lowerInformation;

    /// <param name="riskSets">The rows sorted into risk sets.</param>
    /// <param name="design">The covariates in the same order, centred and scaled.</param>
    /// <param name="ties">Efron's or Breslow's handling of tied event times.</param>
    /// <param name="parallelWork">Rows × columns from which an evaluation is split over two threads (tests set it);
    /// by default as <see cref="CoxDesign.OnTwoThreads"/> decides.</param>
    public CoxLikelihood(CoxRiskSets riskSets, CoxDesign design, CoxTies ties, long? parallelWork = null)
    {
        _riskSets = riskSets;
        _x = design.X;
        _p = design.Columns;
        _efron = ties == CoxTies.Efron;
        _zbeta = GC.AllocateUninitializedArray<double>(design.Rows);
        _risk = GC.AllocateUninitializedArray<double>(design.Rows);
        var work = (long)design.Rows * _p;
        var twoThreads = parallelWork is { } threshold ? work >= threshold : CoxDesign.OnTwoThreads(work);
        _split = _p >= 2 && twoThreads ? SplitRow(_p) : _p;
        _sums = new CoxRiskSetSums(_p, 0, _split);
    }

    /// <summary>Number of coefficients.</summary>
    public int Columns => _p;

    /// <summary>
    /// ℓ(β); fills <paramref name="score"/> (length p) and <paramref name="information"/> (p × p, row-major, symmetric).
    /// </summary>
    /// <remarks>
    /// On large data the work is split between two threads: the linear predictor by halves of the rows, then the
    /// sweep by rows of the information matrix (one thread also takes the log-likelihood and the score). Each value
    /// is computed by the same operations in the same order as on one thread, so the result does not depend on the
    /// number of threads or processors.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Evaluate(ReadOnlySpan<double> beta, double[] score, double[] information)
    {
        var n = _riskSets.Count;
        Array.Clear(score, 0, _p);
        Array.Clear(information, 0, _p * _p);
        if (_split == _p)
        {
            LinearPredictor(beta, 0, n);
            var sequential = Sweep(_sums, score, information);
            Symmetrise(information);
            return sequential;
        }

        var b = beta.ToArray();
        Parallel.Invoke(() => LinearPredictor(b, 0, n / 2), () => LinearPredictor(b, n / 2, n));
        double loglik = 0;
        Parallel.Invoke(() => loglik = Sweep(_sums, score, information), () =>
        {
            _lowerRows ??= new CoxRiskSetSums(_p, _split, _p);
            _lowerInformation ??= new double[_p * _p];
            Array.Clear(_lowerInformation);
            Sweep(_lowerRows, [], _lowerInformation);
        });
        for (var k = _split * _p; k < _p * _p; k++) information[k] = _lowerInformation![k];
        Symmetrise(information);
        return loglik;
    }

    /// <summary>x'β and exp(x'β) of rows <paramref name="from"/> to <paramref name="to"/> − 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LinearPredictor(ReadOnlySpan<double> beta, int from, int to)
    {
        var p = _p;
        var x = _x;
        for (var k = from; k < to; k++)
        {
            var zbeta = Dot(x.AsSpan(k * p, p), beta);
            _zbeta[k] = zbeta;
            _risk[k] = Math.Exp(zbeta);
        }
    }

    /// <summary>
    /// The backward sweep through time over the rows of the information matrix that <paramref name="sums"/> keeps
    /// (lower triangle), and the score when <paramref name="score"/> is not empty. Returns ℓ(β).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Sweep(CoxRiskSetSums sums, Span<double> score, double[] information)
    {
        var p = _p;
        var x = _x;
        var zbetas = _zbeta;
        var risks = _risk;
        var groupStart = _riskSets.GroupStart;
        var firstEvent = _riskSets.GroupFirstEvent;
        var opens = _riskSets.GroupOpensStratum;
        var withScore = !score.IsEmpty;

        double loglik = 0;
        for (var g = 0; g < groupStart.Length - 1; g++)
        {
            if (opens[g]) sums.Reset();
            for (var k = groupStart[g]; k < firstEvent[g]; k++) sums.AddAtRisk(x.AsSpan(k * p, p), risks[k]);
            var end = groupStart[g + 1];
            if (firstEvent[g] == end) continue;
            for (var k = firstEvent[g]; k < end; k++)
            {
                var row = x.AsSpan(k * p, p);
                loglik += zbetas[k];
                if (withScore)
                    for (var i = 0; i < p; i++) score[i] += row[i];
                sums.AddEvent(row, risks[k]);
            }
            loglik -= sums.CloseGroup(end - firstEvent[g], _efron, score, information);
        }

        return loglik;
    }

    /// <summary>Copies the lower triangle onto the upper.</summary>
    private void Symmetrise(double[] information)
    {
        var p = _p;
        for (var i = 0; i < p; i++)
            for (var j = 0; j < i; j++) information[j * p + i] = information[i * p + j];
    }

    /// <summary>
    /// The first row of the information matrix left to the second thread: the lower triangle's entries split about
    /// evenly, the first thread's share a little smaller as it also carries the score and the log-likelihood.
    /// </summary>
    private static int SplitRow(int p)
    {
        var half = p * (p + 1) / 4.0;
        var split = 0;
        while (split < p - 1 && (split + 1) * (split + 2) / 2.0 <= half) split++;
        return Math.Max(split, 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Dot(ReadOnlySpan<double> row, ReadOnlySpan<double> beta)
    {
        double sum = 0;
        for (var i = 0; i < row.Length; i++) sum += beta[i] * row[i];
        return sum;
    }
}
