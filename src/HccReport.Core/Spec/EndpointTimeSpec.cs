using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>
/// How an endpoint's time is obtained: from a numeric column or expression (<see cref="Expression"/>), or as the
/// span between two date columns in a <see cref="Unit"/> (<see cref="From"/>, <see cref="To"/>).
/// </summary>
public sealed record EndpointTimeSpec
{
    /// <summary>The numeric time column or expression; null for a date span.</summary>
    public SpecExpression? Expression { get; init; }

    /// <summary>The start date column of a span; null for a column time.</summary>
    public SpecName? From { get; init; }

    /// <summary>The end date column of a span; null for a column time.</summary>
    public SpecName? To { get; init; }

    /// <summary>The unit of a span: (to - from) in days divided by 1, 7, 30.4375 or 365.25.</summary>
    public TimeUnit? Unit { get; init; }

    /// <summary>True when the time is a span between two date columns.</summary>
    public bool IsDateSpan => From is not null;

    /// <summary>Position of the <c>time</c> value.</summary>
    public required SpecLocation Location { get; init; }
}
