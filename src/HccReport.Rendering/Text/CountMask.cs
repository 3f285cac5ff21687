using System.Globalization;

namespace HccReport.Rendering.Text;

/// <summary>
/// Small-cell suppression (spec key <c>suppress_below</c>): a count from 1 to <c>Below - 1</c> is printed
/// "&lt;Below" and the percentage beside it is withheld, since the percentage and the group size would give
/// the count back. Zero is printed, as disclosure rules for small cells concern people, not empty cells.
/// </summary>
/// <param name="Below">The threshold, or null when masking is off.</param>
public sealed record CountMask(int? Below)
{
    /// <summary>No masking.</summary>
    public static CountMask None { get; } = new((int?)null);

    /// <summary>Whether masking is on.</summary>
    public bool IsOn => Below is > 1;

    /// <summary>Whether this count is masked.</summary>
    public bool Masks(int count) => Below is int b && b > 1 && count > 0 && count < b;

    /// <summary>Whether this count is masked; null counts are not.</summary>
    public bool Masks(int? count) => count is int c && Masks(c);

    /// <summary>The count as printed: "&lt;5" when masked.</summary>
    public string Count(int count) =>
        Masks(count) ? "<" + Below!.Value.ToString(CultureInfo.InvariantCulture) : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its percentage, "78 (46.2)", or "&lt;5 (–)" when the count is masked.</summary>
    public string CountPercent(NumberStyle style, int count, double? percent) =>
        Masks(count) || percent is not double known ? $"{Count(count)} (\u2013)" : style.CountPercent(Count(count), style.Percent(known));

    /// <summary>The sentence a report prints when masking is on, or null when it is off.</summary>
    public string? Statement() =>
        IsOn
            ? $"Counts from 1 to {(Below!.Value - 1).ToString(CultureInfo.InvariantCulture)} are shown as " +
              $"\u201c<{Below.Value.ToString(CultureInfo.InvariantCulture)}\u201d and their percentages are withheld (small-cell suppression)."
            : null;
}
