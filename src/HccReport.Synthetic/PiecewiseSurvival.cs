namespace HccReport.Synthetic;

/// <summary>
/// A target survival curve S(t) given by anchor points and linear in between: S(t0) = 1 at the first
/// anchor, decreasing, and 0 at the last. The generator does not sample times from it; it lays n times
/// on the curve's quantiles (see <see cref="Quantiles"/>), so that the Kaplan-Meier estimate of a small
/// group lands on the target instead of wandering with sampling noise.
/// </summary>
internal sealed class PiecewiseSurvival
{
    private readonly double[] _times;
    private readonly double[] _survival;

    /// <param name="anchors">(time, survival) pairs: times increasing, survival from 1 down to 0, non-increasing.</param>
    public PiecewiseSurvival(params (double Time, double Survival)[] anchors)
    {
        if (anchors.Length < 2)
            throw new ArgumentException("A curve needs at least two anchors.", nameof(anchors));
        if (anchors[0].Survival != 1.0 || anchors[^1].Survival != 0.0)
            throw new ArgumentException("A curve starts at survival 1 and ends at 0.", nameof(anchors));
        for (int i = 1; i < anchors.Length; i++)
        {
            if (!(anchors[i].Time > anchors[i - 1].Time) || anchors[i].Survival > anchors[i - 1].Survival)
                throw new ArgumentException($"Anchor {i} must come later and not higher than anchor {i - 1}.", nameof(anchors));
        }
        _times = anchors.Select(a => a.Time).ToArray();
        _survival = anchors.Select(a => a.Survival).ToArray();
    }

    /// <summary>The time at which the curve falls to <paramref name="survival"/> (the smallest such time on a flat part).</summary>
    public double TimeAt(double survival)
    {
        if (survival < 0.0 || survival > 1.0)
            throw new ArgumentOutOfRangeException(nameof(survival), survival, "Survival is a probability.");
        for (int i = 1; i < _times.Length; i++)
        {
            if (_survival[i] <= survival)
            {
                double drop = _survival[i - 1] - _survival[i];
                double fraction = drop == 0.0 ? 0.0 : (_survival[i - 1] - survival) / drop;
                return _times[i - 1] + fraction * (_times[i] - _times[i - 1]);
            }
        }
        return _times[^1];
    }

    /// <summary>
    /// n times, ascending, at survival levels 1 - (k - 1/2)/n for k = 1..n: the k-th of n ordered times of a
    /// sample whose empirical survival function follows the curve as closely as n points can.
    /// </summary>
    public double[] Quantiles(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var times = new double[n];
        for (int k = 1; k <= n; k++)
            times[k - 1] = TimeAt(1.0 - (k - 0.5) / n);
        return times;
    }
}
