using System.Runtime.CompilerServices;

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

    public CoxRiskSetSums(int columns)
    {
        _p = columns;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Accumulate(double[] sum, double[] squares, ReadOnlySpan<double> x, double risk)
    {
        var p = _p;
        for (var i = 0; i < p; i++)
        {
            var rx = risk * x[i];
            sum[i] += rx;
            var row = squares.AsSpan(i * p, i + 1);
            for (var j = 0; j < row.Length; j++) row[j] += rx * x[j];
        }
    }

    /// <summary>
    /// Closes a tie group with <paramref name="deaths"/> events: subtracts their weighted means from
    /// <paramref name="score"/>, adds the weighted variances to <paramref name="information"/> (lower triangle),
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
            for (var i = 0; i < p; i++)
            {
                var mean = Sum[i] / Denominator;
                score[i] -= deaths * mean;
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
            for (var i = 0; i < p; i++)
            {
                double a = Sum[i], ae = EventSum[i];
                score[i] -= a * sw + ae * sfw;
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
