using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// Running sums over a risk set while sweeping backwards through time: Σ r, Σ r x and Σ r x x' (lower triangle)
/// over those at risk, and the same over the events of the current tie group; then each group's terms of the log
/// partial likelihood, score and information under Breslow's or Efron's handling of ties.
/// </summary>
/// <remarks>
/// Efron's d partial risk sets have denominators D + f_k D_e, f_k = k/d (k = 1..d), with x sums A + f_k A_e and
/// square sums C + f_k C_e. Writing w_k = 1/(D + f_k D_e), the group's terms are
/// Σ_k log(D + f_k D_e), the mean sum A Σw + A_e Σ f w, and the information
/// C Σw + C_e Σ f w − (A A' Σw² + (A A_e' + A_e A') Σ f w² + A_e A_e' Σ f² w²):
/// O(d) scalar work plus O(p²) per group, where evaluating each partial risk set in turn (as R's coxfit6 does)
/// costs O(d p²) with divisions, the bottleneck with heavily tied times.
/// </remarks>
internal sealed class CoxRiskSetSums
{
    private readonly int _p;
    private readonly int _rowFrom;
    private readonly int _rowTo;

    /// <param name="columns">Number of covariates p.</param>
    /// <param name="rowFrom">First row of the square sums and of the information to keep (default 0).</param>
    /// <param name="rowTo">Row after the last one to keep (default p). Two instances with complementary rows split an
    /// evaluation over two threads; each entry is summed in the same order either way.</param>
    public CoxRiskSetSums(int columns, int rowFrom = 0, int rowTo = -1)
    {
        _p = columns;
        _rowFrom = rowFrom;
        _rowTo = rowTo < 0 ? columns : rowTo;
        Sum = new double[columns];
        EventSum = new double[columns];
        Squares = new double[columns * columns];
        EventSquares = new double[columns * columns];
    }

    /// <summary>Σ r over those at risk (events of the current group not yet included).</summary>
    public double Denominator { get; private set; }

    /// <summary>Σ r over the events of the current group.</summary>
    public double EventDenominator { get; private set; }

    public double[] Sum { get; }
    public double[] EventSum { get; }
    public double[] Squares { get; }
    public double[] EventSquares { get; }

    /// <summary>Empties the risk set (a new stratum).</summary>
    public void Reset()
    {
        Denominator = 0;
        Array.Clear(Sum);
        Array.Clear(Squares);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddAtRisk(ReadOnlySpan<double> x, double risk)
    {
        Denominator += risk;
        Accumulate(Sum, Squares, x, risk);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddEvent(ReadOnlySpan<double> x, double risk)
    {
        EventDenominator += risk;
        Accumulate(EventSum, EventSquares, x, risk);
    }

    /// <remarks>
    /// The square sums are the hot loop of a fit (p(p+1)/2 products per observation and evaluation). They are
    /// added four at a time as vectors: a lane multiplies and then adds, without fusing, so every entry is rounded
    /// exactly as by the scalar loop and the fit does not depend on whether the processor has vectors. Lanes past
    /// the diagonal write the unused upper triangle of the same row, never into the next row.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Accumulate(double[] sum, double[] squares, ReadOnlySpan<double> x, double risk)
    {
        var p = _p;
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var s0 = ref MemoryMarshal.GetArrayDataReference(squares);
        var vectorEnd = Vector256.IsHardwareAccelerated ? p & ~3 : 0;
        for (var i = 0; i < p; i++) sum[i] += risk * x[i];
        for (var i = _rowFrom; i < _rowTo; i++)
        {
            var rx = risk * x[i];
            ref var row = ref Unsafe.Add(ref s0, i * p);
            var j = 0;
            if (j < vectorEnd)
            {
                var lane = Vector256.Create(rx);
                for (; j < vectorEnd && j <= i; j += 4)
                {
                    var entries = Vector256.LoadUnsafe(ref row, (nuint)j) + lane * Vector256.LoadUnsafe(ref x0, (nuint)j);
                    entries.StoreUnsafe(ref row, (nuint)j);
                }
            }
            for (; j <= i; j++) Unsafe.Add(ref row, j) += rx * Unsafe.Add(ref x0, j);
        }
    }

    /// <summary>
    /// Closes a tie group with <paramref name="deaths"/> events: subtracts their weighted means from
    /// <paramref name="score"/> (none when it is empty), adds the weighted variances to the kept rows of
    /// <paramref name="information"/> (lower triangle),
    /// returns the Σ log(denominator) term of the log-likelihood, and moves the events into the risk set.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double CloseGroup(int deaths, bool efron, Span<double> score, double[] information)
    {
        var p = _p;
        double logTerm;
        if (!efron || deaths == 1)
        {
            Denominator += EventDenominator;
            logTerm = deaths * Math.Log(Denominator);
            for (var i = 0; i < p; i++) Sum[i] += EventSum[i];
            for (var k = 0; k < p * p; k++) Squares[k] += EventSquares[k];
            var w = deaths / Denominator;
            for (var i = 0; i < score.Length; i++) score[i] -= deaths * (Sum[i] / Denominator);
            for (var i = _rowFrom; i < _rowTo; i++)
            {
                var mean = Sum[i] / Denominator;
                for (var j = 0; j <= i; j++) information[i * p + j] += w * (Squares[i * p + j] - mean * Sum[j]);
            }
        }
        else
        {
            double sw = 0, sfw = 0, sw2 = 0, sfw2 = 0, sf2w2 = 0;
            logTerm = 0;
            for (var k = 1; k <= deaths; k++)
            {
                var f = (double)k / deaths;
                var denominator = Denominator + f * EventDenominator;
                logTerm += Math.Log(denominator);
                var w = 1 / denominator;
                sw += w;
                sfw += f * w;
                sw2 += w * w;
                sfw2 += f * w * w;
                sf2w2 += f * f * w * w;
            }
            for (var i = 0; i < score.Length; i++) score[i] -= Sum[i] * sw + EventSum[i] * sfw;
            for (var i = _rowFrom; i < _rowTo; i++)
            {
                double a = Sum[i], ae = EventSum[i];
                for (var j = 0; j <= i; j++)
                {
                    double b = Sum[j], be = EventSum[j];
                    information[i * p + j] += Squares[i * p + j] * sw + EventSquares[i * p + j] * sfw
                        - (a * b * sw2 + (a * be + ae * b) * sfw2 + ae * be * sf2w2);
                }
            }
            Denominator += EventDenominator;
            for (var i = 0; i < p; i++) Sum[i] += EventSum[i];
            for (var k = 0; k < p * p; k++) Squares[k] += EventSquares[k];
        }

        EventDenominator = 0;
        Array.Clear(EventSum);
        Array.Clear(EventSquares);
        return logTerm;
    }
}
