using System.Collections.Immutable;
using HccReport.Core.Spec;

namespace HccReport.Core.Endpoints;

/// <summary>
/// An endpoint's time and event for every row of the data set (index = row). A row is usable when both its time
/// and its event are present; the time is in <see cref="Unit"/> for a date span, else in the column's own unit.
/// </summary>
public sealed record EndpointData
{
    /// <summary>The endpoint's id.</summary>
    public required string Id { get; init; }

    /// <summary>Display label (the spec's label, else the id).</summary>
    public required string Label { get; init; }

    /// <summary>The unit of a date span; null for a time taken from a column or expression.</summary>
    public TimeUnit? Unit { get; init; }

    /// <summary>Time per row; NaN where missing.</summary>
    public required ImmutableArray<double> Time { get; init; }

    /// <summary>Event per row (true: the event happened; false: censored); meaningless where <see cref="EventMissing"/>.</summary>
    public required ImmutableArray<bool> Event { get; init; }

    /// <summary>True where the event value is missing (or not 0/1).</summary>
    public required ImmutableArray<bool> EventMissing { get; init; }

    /// <summary>True when the row has both a time and an event.</summary>
    public bool IsComplete(int row) => !double.IsNaN(Time[row]) && !EventMissing[row];

    /// <summary>The rows of <paramref name="rows"/> that have both a time and an event, in order.</summary>
    public ImmutableArray<int> CompleteRows(IEnumerable<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(IsComplete).ToImmutableArray();
    }

    /// <summary>Days per unit: 1, 7, 30.4375 (365.25 / 12) and 365.25.</summary>
    public static double DaysPer(TimeUnit unit) => unit switch
    {
        TimeUnit.Days => 1,
        TimeUnit.Weeks => 7,
        TimeUnit.Months => 30.4375,
        TimeUnit.Years => 365.25,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };
}
