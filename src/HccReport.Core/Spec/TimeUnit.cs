namespace HccReport.Core.Spec;

/// <summary>Unit of a time between two dates (endpoint <c>time.unit</c>). Lengths follow the conventions used in survival papers.</summary>
public enum TimeUnit
{
    /// <summary><c>days</c>: 1 day.</summary>
    Days,

    /// <summary><c>weeks</c>: 7 days.</summary>
    Weeks,

    /// <summary><c>months</c>: 30.4375 days (365.25 / 12).</summary>
    Months,

    /// <summary><c>years</c>: 365.25 days.</summary>
    Years,
}
