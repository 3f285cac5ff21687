using System.Globalization;
using SkiaSharp;

namespace HccReport.Rendering.Figures;

/// <summary>
/// How figures print numbers and colour their groups. The document writer builds one from the report's
/// number style and spec (<c>style</c>, <c>suppress_below</c>, <c>time_unit</c>) so figures and tables agree.
/// </summary>
public sealed record FigureOptions
{
    private readonly int dpi = 300;
    private readonly int? suppressBelow;
    private readonly IReadOnlyList<SKColor> palette = OkabeIto;

    /// <summary>
    /// The colour-blind-safe palette of Okabe and Ito (2008), reordered so the first colours are the most
    /// distinct as lines on white: blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow.
    /// </summary>
    public static IReadOnlyList<SKColor> OkabeIto { get; } =
    [
        new SKColor(0x00, 0x72, 0xB2),
        new SKColor(0xD5, 0x5E, 0x00),
        new SKColor(0x00, 0x9E, 0x73),
        new SKColor(0xCC, 0x79, 0xA7),
        new SKColor(0xE6, 0x9F, 0x00),
        new SKColor(0x56, 0xB4, 0xE9),
        new SKColor(0x00, 0x00, 0x00),
        new SKColor(0xF0, 0xE4, 0x42),
    ];

    /// <summary>
    /// A P value as a table cell prints it, without the letter P: <c>&lt;0.001</c>, <c>0.046</c>.
    /// Default: three decimals, <c>&lt;0.001</c> below 0.001.
    /// </summary>
    public Func<double, string> FormatPValue { get; init; } = DefaultPValue;

    /// <summary>
    /// A P value as a sentence or a plot annotation prints it: <c>P &lt; 0.001</c>, <c>P = 0.046</c>.
    /// Default: built from the default <see cref="FormatPValue"/>.
    /// </summary>
    public Func<double, string> FormatPStatement { get; init; } = DefaultPStatement;

    /// <summary>A hazard or odds ratio or one of its limits: default two decimals (<c>1.64</c>).</summary>
    public Func<double, string> FormatRatio { get; init; } = r => r.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Between the two limits of an interval: an en dash by default (<c>1.15–2.34</c>).</summary>
    public string IntervalSeparator { get; init; } = "\u2013";

    /// <summary>PNG resolution a caller uses when it has no other choice: 300 dpi (600 for line-art submissions).</summary>
    public int Dpi
    {
        get => dpi;
        init => dpi = value is >= 36 and <= 2400
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Dpi), value, "Resolution must be between 36 and 2400 dots per inch.");
    }

    /// <summary>Colours of the groups in level order; repeats when there are more groups than colours.</summary>
    public IReadOnlyList<SKColor> Palette
    {
        get => palette;
        init => palette = value is { Count: > 0 }
            ? value
            : throw new ArgumentException("A palette needs at least one colour.", nameof(Palette));
    }

    /// <summary>
    /// Counts from 1 to N - 1 are printed as <c>&lt;N</c> in risk tables, legends, forest plots and flowchart
    /// boxes (spec key <c>suppress_below</c>); null prints every count. Zero is printed: it identifies nobody.
    /// </summary>
    public int? SuppressBelow
    {
        get => suppressBelow;
        init => suppressBelow = value is null or >= 2
            ? value
            : throw new ArgumentOutOfRangeException(nameof(SuppressBelow), value, "Suppression needs a threshold of 2 or more.");
    }

    /// <summary>Label of the time unit for axis titles (spec key <c>time_unit</c>), e.g. <c>months</c>.</summary>
    public string TimeUnit { get; init; } = "months";

    /// <summary>The colour of the group at <paramref name="index"/> (level order).</summary>
    public SKColor ColorOf(int index) => Palette[index % Palette.Count];

    /// <summary>A count as figures print it, masked as <c>&lt;N</c> when <see cref="SuppressBelow"/> applies.</summary>
    public string FormatCount(int count) =>
        SuppressBelow is int n && count > 0 && count < n
            ? "<" + n.ToString(CultureInfo.InvariantCulture)
            : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>"n = 634", or "n &lt; 5" when the count is masked.</summary>
    public string CountPhrase(int count)
    {
        var text = FormatCount(count);
        return text.StartsWith('<') ? "n < " + text[1..] : "n = " + text;
    }

    /// <summary>A ratio with its interval, <c>1.64 (1.15–2.34)</c>; a limit that does not exist prints as NE.</summary>
    public string FormatRatioInterval(double ratio, double? lower, double? upper) =>
        $"{FormatRatio(ratio)} ({FormatLimit(lower)}{IntervalSeparator}{FormatLimit(upper)})";

    private string FormatLimit(double? limit) =>
        limit is double value && double.IsFinite(value) && value > 0 ? FormatRatio(value) : "NE";

    private static string DefaultPValue(double p) =>
        p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string DefaultPStatement(double p) =>
        p < 0.001 ? "P < 0.001" : "P = " + p.ToString("0.000", CultureInfo.InvariantCulture);
}
