using System.Globalization;

namespace HccReport.Analysis.Checks;

/// <summary>How a manuscript rounded a printed value: its scale (x100 for percentages) and decimals.</summary>
internal sealed record RoundingRule
{
    /// <summary>Multiplier applied before rounding: 100 for <c>percent:N</c>, else 1.</summary>
    public double Factor { get; init; } = 1;

    /// <summary>Decimals the manuscript kept; null to take them from the printed text.</summary>
    public int? Decimals { get; init; }

    /// <summary>Whether the value is a P value (printed "&lt;0.001" below 0.001).</summary>
    public bool IsP { get; init; }

    /// <summary>Decimals used to show the recomputed value when the rule does not fix them.</summary>
    public int DisplayDecimals { get; init; } = 2;

    public double Scale(double value) => value * Factor;

    /// <summary>The recomputed value shown the way the manuscript would have printed it.</summary>
    public string Format(double value)
    {
        var x = Scale(value);
        if (IsP && x < 0.001) return "<0.001";
        var places = Decimals ?? DisplayDecimals;
        return Math.Round(x, places, MidpointRounding.AwayFromZero).ToString("F" + places, CultureInfo.InvariantCulture);
    }

    /// <summary>Reads <c>auto</c>, <c>decimals:N</c>, <c>percent:N</c>, <c>integer</c> or <c>p</c>.</summary>
    /// <exception cref="FormatException">The rule is none of these.</exception>
    public static RoundingRule Parse(string rule, string printed)
    {
        ManuscriptCheck.TryParseNumber(printed.TrimStart('<', '>', 'P', 'p', ' ').Trim(), out _, out var printedDecimals);
        var r = rule.Trim().ToLowerInvariant();
        if (r is "" or "auto") return new RoundingRule { DisplayDecimals = printedDecimals };
        if (r == "integer") return new RoundingRule { Decimals = 0 };
        if (r == "p") return new RoundingRule { IsP = true, DisplayDecimals = Math.Max(3, printedDecimals) };
        var colon = r.IndexOf(':');
        if (colon > 0 && int.TryParse(r[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10)
        {
            switch (r[..colon])
            {
                case "decimals": return new RoundingRule { Decimals = n };
                case "percent": return new RoundingRule { Factor = 100, Decimals = n };
            }
        }
        throw new FormatException($"rounding '{rule}' is not one of auto, integer, p, decimals:N, percent:N");
    }

    /// <summary>Whether <paramref name="rule"/> is a rounding rule <see cref="Parse"/> accepts.</summary>
    public static bool IsValid(string rule)
    {
        try
        {
            Parse(rule, "0");
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
