using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Survival;

/// <summary>
/// A Kaplan-Meier curve as R's <c>survfit(Surv(time, status) ~ 1)</c> returns it: one row per distinct observed
/// time, event or censoring (the <c>censor = TRUE</c> layout), as parallel lists. Built by <see cref="KaplanMeier.Fit"/>.
/// </summary>
/// <remarks>
/// With n_i at risk and d_i events at row i: S(t_i) = prod_{j&lt;=i} (1 - d_j / n_j), and Greenwood's
/// Var(-log S(t_i)) = sum_{j&lt;=i} d_j / (n_j (n_j - d_j)). A value that does not exist is null.
/// </remarks>
public sealed record KaplanMeierFit
{
    internal KaplanMeierFit(double[] time, int[] nRisk, int[] nEvent, int[] nCensor, double[] survival,
        double[] stdErr, double[] lower, double[] upper, int n, KaplanMeierOptions options)
    {
        TimeArray = time;
        NRiskArray = nRisk;
        NEventArray = nEvent;
        NCensorArray = nCensor;
        SurvivalArray = survival;
        StdErrArray = stdErr;
        LowerArray = lower;
        UpperArray = upper;
        Time = Array.AsReadOnly(time);
        NRisk = Array.AsReadOnly(nRisk);
        NEvent = Array.AsReadOnly(nEvent);
        NCensor = Array.AsReadOnly(nCensor);
        Survival = Array.AsReadOnly(survival);
        StdErr = new NaNAsNullList(stdErr);
        Lower = new NaNAsNullList(lower);
        Upper = new NaNAsNullList(upper);
        N = n;
        var events = 0;
        foreach (var d in nEvent) events += d;
        Events = events;
        Options = options;
        Median = ComputeQuantile(0.5, printRule: true);
    }

    /// <summary>Distinct observed times, ascending (R's <c>fit$time</c>).</summary>
    public IReadOnlyList<double> Time { get; }

    /// <summary>Number at risk just before each time (R's <c>n.risk</c>).</summary>
    public IReadOnlyList<int> NRisk { get; }

    /// <summary>Events at each time (R's <c>n.event</c>).</summary>
    public IReadOnlyList<int> NEvent { get; }

    /// <summary>Censorings at each time (R's <c>n.censor</c>).</summary>
    public IReadOnlyList<int> NCensor { get; }

    /// <summary>S(t) at each time, events at t included (R's <c>surv</c>).</summary>
    public IReadOnlyList<double> Survival { get; }

    /// <summary>
    /// Greenwood standard error of S(t), as R's <c>summary(fit, censored = TRUE)$std.err</c> (survfit itself stores
    /// the standard error of -log S). Null where S = 0, where R has NaN.
    /// </summary>
    public IReadOnlyList<double?> StdErr { get; }

    /// <summary>Lower pointwise limit (R's <c>lower</c>), null where R has NA.</summary>
    public IReadOnlyList<double?> Lower { get; }

    /// <summary>Upper pointwise limit (R's <c>upper</c>), null where R has NA.</summary>
    public IReadOnlyList<double?> Upper { get; }

    /// <summary>Number of observations used (R's <c>n</c>).</summary>
    public int N { get; }

    /// <summary>Total number of events.</summary>
    public int Events { get; }

    /// <summary>The options the curve was fitted with (interval type and level, median rule).</summary>
    public KaplanMeierOptions Options { get; }

    /// <summary>Confidence level of <see cref="Lower"/>, <see cref="Upper"/> and the quantile intervals.</summary>
    public double ConfidenceLevel => Options.ConfidenceLevel;

    /// <summary>Scale of the pointwise interval.</summary>
    public ConfidenceIntervalType ConfidenceIntervalType => Options.ConfidenceIntervalType;

    /// <summary>
    /// The median survival time with its interval. With <see cref="MedianMethod.BrookmeyerCrowley"/> it is the
    /// median of R's <c>print(fit)</c> and <c>summary(fit)$table</c> ("median", "0.95LCL", "0.95UCL"); it equals
    /// <c>Quantile(0.5)</c> except when the curve stays exactly at 0.5 until its last time, where print takes the
    /// first time at 0.5 and quantile() the midpoint with the last time. With <see cref="MedianMethod.SpssWald"/>
    /// it is SPSS's median, standard error and 1.96 Wald interval.
    /// </summary>
    public SurvivalQuantile Median { get; }

    internal double[] TimeArray { get; }

    internal int[] NRiskArray { get; }

    internal int[] NEventArray { get; }

    internal int[] NCensorArray { get; }

    internal double[] SurvivalArray { get; }

    internal double[] StdErrArray { get; }

    internal double[] LowerArray { get; }

    internal double[] UpperArray { get; }

    /// <summary>
    /// The time by which a fraction p has had the event, with its interval. With
    /// <see cref="MedianMethod.BrookmeyerCrowley"/> it is R's <c>quantile(fit, probs = p)</c> (quantile, lower,
    /// upper); with <see cref="MedianMethod.SpssWald"/> SPSS's percentile rule.
    /// </summary>
    /// <param name="p">Fraction with the event, in [0, 1].</param>
    public SurvivalQuantile Quantile(double p)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Expected a probability in [0, 1].");
        return ComputeQuantile(p, printRule: false);
    }

    /// <summary>
    /// The estimate at one time with step semantics (events at the time included), as R's
    /// <c>summary(fit, times = time)</c> without <c>extend</c>. Before the first observed time S = 1 with
    /// limits 1 (the row survfit0 adds at 0). A time beyond the last observed time is null: the curve is not
    /// defined there.
    /// </summary>
    /// <param name="time">A time &gt;= 0.</param>
    public SurvivalEstimate? SurvivalAt(double time)
    {
        CheckTime(time, nameof(time));
        var times = TimeArray;
        if (time > times[^1]) return null;
        var atOrBefore = CountAtOrBefore(time);
        var nRisk = NRiskFrom(time, atOrBefore);
        if (atOrBefore == 0) return new SurvivalEstimate(time, nRisk, 1, 0, 1, 1);
        var row = atOrBefore - 1;
        return new SurvivalEstimate(time, nRisk, SurvivalArray[row], NullIfNaN(StdErrArray[row]),
            NullIfNaN(LowerArray[row]), NullIfNaN(UpperArray[row]));
    }

    /// <summary>
    /// Number at risk, cumulative events and cumulative censorings at each requested time, for the table under
    /// a Kaplan-Meier figure (R's <c>summary(fit, times = times, extend = TRUE)</c>). Times may lie beyond the
    /// last observation (0 at risk there).
    /// </summary>
    /// <param name="times">Times &gt;= 0, in any order.</param>
    public RiskTable RiskAt(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        Preconditions.CheckFinite(times, nameof(times));
        Preconditions.CheckNonNegative(times, nameof(times));
        var k = TimeArray.Length;
        var cumEvents = new int[k + 1];
        var cumCensored = new int[k + 1];
        for (var i = 0; i < k; i++)
        {
            cumEvents[i + 1] = cumEvents[i] + NEventArray[i];
            cumCensored[i + 1] = cumCensored[i] + NCensorArray[i];
        }
        var m = times.Count;
        var t = new double[m];
        var nRisk = new int[m];
        var events = new int[m];
        var censored = new int[m];
        for (var j = 0; j < m; j++)
        {
            t[j] = times[j];
            var atOrBefore = CountAtOrBefore(t[j]);
            nRisk[j] = NRiskFrom(t[j], atOrBefore);
            events[j] = cumEvents[atOrBefore];
            censored[j] = cumCensored[atOrBefore];
        }
        return new RiskTable(t, nRisk, events, censored);
    }

    private SurvivalQuantile ComputeQuantile(double p, bool printRule)
    {
        if (Options.MedianMethod == MedianMethod.SpssWald)
        {
            // SPSS prints 95 % intervals with the literal 1.96; other levels use the exact normal quantile.
            var critical = Options.ConfidenceLevel == 0.95 ? 1.96 : NormalDistribution.TwoSidedCritical(Options.ConfidenceLevel);
            return QuantileRules.SpssWald(this, p, critical);
        }
        if (printRule)
        {
            return new SurvivalQuantile(p,
                QuantileRules.PrintMedian(TimeArray, SurvivalArray),
                QuantileRules.PrintMedian(TimeArray, LowerArray),
                QuantileRules.PrintMedian(TimeArray, UpperArray),
                null, MedianMethod.BrookmeyerCrowley);
        }
        return new SurvivalQuantile(p,
            QuantileRules.FindQuantile(TimeArray, SurvivalArray, p),
            QuantileRules.FindQuantile(TimeArray, LowerArray, p),
            QuantileRules.FindQuantile(TimeArray, UpperArray, p),
            null, MedianMethod.BrookmeyerCrowley);
    }

    /// <summary>Number of rows whose time is &lt;= t (R's findInterval).</summary>
    private int CountAtOrBefore(double t)
    {
        var times = TimeArray;
        int lo = 0, hi = times.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (times[mid] <= t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Subjects with time &gt;= t: the n.risk of the first row at or after t, or 0 beyond the last.</summary>
    private int NRiskFrom(double t, int atOrBefore)
    {
        if (atOrBefore > 0 && TimeArray[atOrBefore - 1] == t) return NRiskArray[atOrBefore - 1];
        return atOrBefore < NRiskArray.Length ? NRiskArray[atOrBefore] : 0;
    }

    private static void CheckTime(double time, string paramName)
    {
        if (!(time >= 0) || double.IsPositiveInfinity(time))
            throw new ArgumentOutOfRangeException(paramName, time, "Expected a finite time >= 0.");
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
