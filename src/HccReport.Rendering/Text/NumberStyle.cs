using System.Globalization;

namespace HccReport.Rendering.Text;

/// <summary>
/// How a report writes numbers: P values, ratios with their intervals, medians, percentages. One instance per
/// journal; every method formats with the invariant culture and rounds half away from zero.
/// </summary>
/// <remarks>
/// P value rules:
/// <list type="bullet">
/// <item><b>Default</b>: three decimals, "&lt; 0.001" below 0.001, "&gt; 0.999" above 0.999 (as the seed paper prints).</item>
/// <item><b>NEJM</b>: two decimals from 0.01, three between 0.001 and 0.01, "&lt;0.001" below, "&gt;0.99" above.</item>
/// <item><b>JAMA</b>: as NEJM without the leading zero; three decimals where two would turn a P below 0.05 into
/// ".05" (AMA Manual of Style 11th ed., 19.5); "&gt;.99" above.</item>
/// <item><b>Lancet</b>: two significant figures, "&lt;0.0001" below 0.0001, "&gt;0.99" above.</item>
/// </list>
/// Ratios and their limits take two decimals, times (medians) one, survival percentages one. Percentages of
/// counts take one decimal except in the Lancet style (whole numbers). A median or limit that does not exist
/// (not reached) is written "NR"; a ratio that cannot be estimated "NE".
/// </remarks>
public sealed record NumberStyle
{
    private NumberStyle(Journal journal) => Journal = journal;

    /// <summary>HccReport's default style.</summary>
    public static NumberStyle Default { get; } = new(Journal.Default);

    /// <summary>NEJM style.</summary>
    public static NumberStyle Nejm { get; } = new(Journal.Nejm);

    /// <summary>JAMA style.</summary>
    public static NumberStyle Jama { get; } = new(Journal.Jama);

    /// <summary>Lancet style.</summary>
    public static NumberStyle Lancet { get; } = new(Journal.Lancet);

    /// <summary>The journal whose conventions this style follows.</summary>
    public Journal Journal { get; }

    /// <summary>The spec value naming this style: default, nejm, jama or lancet.</summary>
    public string Name => Journal.ToString().ToLowerInvariant();

    /// <summary>Text written for a median or limit that was not reached.</summary>
    public const string NotReached = "NR";

    /// <summary>Text written for a ratio or limit that cannot be estimated (an infinite coefficient).</summary>
    public const string NotEstimable = "NE";

    /// <summary>The style for a spec value (default, nejm, jama, lancet; case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not one of the four.</exception>
    public static NumberStyle FromName(string name) =>
        name.Trim().ToLowerInvariant() switch
        {
            "default" or "" => Default,
            "nejm" => Nejm,
            "jama" => Jama,
            "lancet" => Lancet,
            _ => throw new ArgumentException($"Unknown number style '{name}': use default, nejm, jama or lancet.", nameof(name)),
        };

    /// <summary>The symbol for a P value: "P", or "p" in the Lancet style.</summary>
    public string PSymbol => Journal == Journal.Lancet ? "p" : "P";

    /// <summary>Column heading of P values in tables.</summary>
    public string PHeading => Journal == Journal.Lancet ? "p value" : "P value";

    /// <summary>Heading of count columns: "n (%)" or "No. (%)" (NEJM and JAMA).</summary>
    public string CountPercentHeading => Journal is Journal.Nejm or Journal.Jama ? "No. (%)" : "n (%)";

    /// <summary>A P value as a table cell prints it: "&lt;0.001", "0.046", ".04", "0.0021".</summary>
    public string P(double p)
    {
        if (double.IsNaN(p)) return NotEstimable;
        return Journal switch
        {
            Journal.Default => p < 0.001 ? "<" + Zero("0.001") : p > 0.999 ? ">" + Zero("0.999") : Fixed(p, 3),
            Journal.Nejm or Journal.Jama => TwoOrThreeDecimals(p),
            Journal.Lancet => p < 0.0001 ? "<0.0001" : Round(p, 2) >= 0.995 ? ">0.99" : Significant(p, 2),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>A P value as a sentence prints it: "P &lt; 0.001", "P = 0.046", "P&lt;0.001", "P = .04", "p=0.0021".</summary>
    public string PStatement(double? p) => PStatement(p ?? double.NaN);

    /// <summary>"P = 0.046", "P &lt; 0.001" in this style.</summary>
    public string PStatement(double p)
    {
        var value = P(p);
        var op = value[0] is '<' or '>' ? value[..1] : "=";
        var number = value[0] is '<' or '>' ? value[1..] : value;
        // A non-breaking space, so that a line never ends between "P =" and its value.
        var space = Journal is Journal.Nejm or Journal.Lancet ? "" : "\u00a0";
        return PSymbol + space + op + space + number;
    }

    /// <summary>A significance threshold as a sentence writes it: "P &lt; 0.05", "P&lt;0.05", "P &lt; .05", "p&lt;0.05".</summary>
    public string Below(double alpha)
    {
        var space = Journal is Journal.Nejm or Journal.Lancet ? "" : "\u00a0";
        return PSymbol + space + "<" + space + Zero(Fixed(alpha, 2));
    }

    /// <summary>A ratio (hazard or odds ratio) with two decimals, or "NE".</summary>
    public string Ratio(double? ratio) => ratio is double r && double.IsFinite(r) ? Fixed(r, 2) : NotEstimable;

    /// <summary>An interval "lower–upper" with this style's separator; <paramref name="decimals"/> for both limits.</summary>
    public string Interval(double? lower, double? upper, int decimals = 2, string missing = NotEstimable)
    {
        var lo = lower is double l && double.IsFinite(l) ? Fixed(l, decimals) : missing;
        var hi = upper is double u && double.IsFinite(u) ? Fixed(u, decimals) : missing;
        // A hyphen or dash between negative numbers reads as a minus sign: every style then writes "to".
        var negative = lo.StartsWith('-') || hi.StartsWith('-');
        var separator = negative ? " to " : IntervalSeparator;
        return lo + separator + hi;
    }

    /// <summary>What stands between an interval's limits in this style (" to " for NEJM, "-" for JAMA, else an en dash).</summary>
    public string IntervalSeparator => Journal switch
    {
        Journal.Nejm => " to ",
        Journal.Jama => "-",
        _ => "\u2013",
    };

    /// <summary>A ratio with its interval as a table cell: "1.76 (1.19–2.61)".</summary>
    public string RatioWithInterval(double? ratio, double? lower, double? upper) =>
        ratio is null ? NotEstimable : $"{Ratio(ratio)} ({Interval(lower, upper)})";

    /// <summary>The confidence-interval clause of a sentence: "95% CI 1.19–2.61" or "95% CI, 1.19 to 2.61".</summary>
    public string CiClause(string interval, double level) =>
        Level(level) + (Journal is Journal.Nejm or Journal.Jama ? " CI, " : " CI ") + interval;

    /// <summary>
    /// A ratio's parenthetical in a sentence: "OR 1.76, 95% CI 1.19–2.61; P = 0.005" (default),
    /// "odds ratio, 1.76; 95% CI, 1.19 to 2.61; P=0.005" (NEJM), "OR, 1.76; 95% CI, 1.19-2.61; P = .005" (JAMA).
    /// </summary>
    /// <param name="abbreviation">"HR" or "OR".</param>
    /// <param name="ratio">The ratio.</param>
    /// <param name="lower">Lower limit.</param>
    /// <param name="upper">Upper limit.</param>
    /// <param name="level">Confidence level, e.g. 0.95.</param>
    /// <param name="p">P value, or null to leave it out.</param>
    public string EffectClause(string abbreviation, double? ratio, double? lower, double? upper, double level, double? p)
    {
        var ci = CiClause(Interval(lower, upper), level);
        var pPart = p is double pv ? "; " + PStatement(pv) : "";
        return Journal switch
        {
            Journal.Nejm => $"{(abbreviation == "HR" ? "hazard ratio" : abbreviation == "OR" ? "odds ratio" : abbreviation)}, {Ratio(ratio)}; {ci}{pPart}",
            Journal.Jama => $"{abbreviation}, {Ratio(ratio)}; {ci}{pPart}",
            _ => $"{abbreviation} {Ratio(ratio)}, {ci}{pPart}",
        };
    }

    /// <summary>A time (a median, a landmark) with one decimal, or "NR" when it was not reached.</summary>
    public string Time(double? time) => time is double t && double.IsFinite(t) ? Fixed(t, 1) : NotReached;

    /// <summary>A time interval "9.0–13.0", "NR" for a limit that was not reached.</summary>
    public string TimeInterval(double? lower, double? upper) => Interval(lower, upper, 1, NotReached);

    /// <summary>A landmark time as a heading or in prose: whole numbers without decimals ("12"), else one decimal.</summary>
    public string Landmark(double time) =>
        Math.Abs(time - Math.Round(time)) < 1e-9 ? Fixed(time, 0) : Fixed(time, 1);

    /// <summary>The percentage of a count, without the sign: one decimal ("46.2"), or whole (Lancet).</summary>
    public string Percent(double percent) => Fixed(percent, Journal == Journal.Lancet ? 0 : 1);

    /// <summary>A count with its percentage as tables print it: "78 (46.2)" or, Lancet, "78 (46%)".</summary>
    public string CountPercent(string count, string percent) =>
        Journal == Journal.Lancet ? $"{count} ({percent}%)" : $"{count} ({percent})";

    /// <summary>A survival probability (0-1) as a percentage with one decimal and the sign: "46.3%".</summary>
    public string SurvivalPercent(double? survival) =>
        survival is double s && double.IsFinite(s) ? Fixed(100 * s, 1) + "%" : NotReached;

    /// <summary>A survival interval in percent, "38.7–54.0".</summary>
    public string SurvivalInterval(double? lower, double? upper) =>
        Interval(lower is double l ? 100 * l : null, upper is double u ? 100 * u : null, 1, "NE");

    /// <summary>The confidence level as a percentage: "95%".</summary>
    public string Level(double level) => Fixed(100 * level, Math.Abs(100 * level - Math.Round(100 * level)) < 1e-9 ? 0 : 1) + "%";

    /// <summary>A number that may not exist with fixed decimals; "NE" (not estimable) when it does not.</summary>
    public static string Fixed(double? value, int decimals) =>
        value is double v && double.IsFinite(v) ? Fixed(v, decimals) : NotEstimable;

    /// <summary>A number with fixed decimals, invariant culture, half away from zero, and no "-0.00".</summary>
    public static string Fixed(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // drops the sign of negative zero
        return rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private string TwoOrThreeDecimals(double p)
    {
        if (p < 0.001) return "<" + Zero("0.001");
        if (Round(p, 2) >= 0.995 || p > 0.99) return ">" + Zero("0.99");
        // Three decimals below 0.01; JAMA also where two decimals would print a P below 0.05 as ".05".
        var three = Round(p, 3) < 0.01 || (Journal == Journal.Jama && p < 0.05 && Round(p, 2) >= 0.05);
        return Zero(three ? Fixed(p, 3) : Fixed(p, 2));
    }

    private static string Significant(double p, int figures)
    {
        var magnitude = (int)Math.Floor(Math.Log10(p));
        var decimals = Math.Max(0, figures - 1 - magnitude);
        var text = Fixed(p, decimals);
        // Rounding can add a digit (0.0995 -> 0.10): keep two significant figures of the rounded value.
        var rounded = double.Parse(text, CultureInfo.InvariantCulture);
        var newMagnitude = (int)Math.Floor(Math.Log10(rounded));
        return newMagnitude > magnitude ? Fixed(rounded, Math.Max(0, figures - 1 - newMagnitude)) : text;
    }

    /// <summary>Drops the leading zero in the JAMA style ("0.04" to ".04").</summary>
    private string Zero(string number) =>
        Journal == Journal.Jama && number.StartsWith("0.", StringComparison.Ordinal) ? number[1..] : number;
}
