using System.Globalization;

namespace HccReport.Core.Data;

/// <summary>A column of calendar dates, stored as day numbers (<see cref="DateOnly.DayNumber"/>).</summary>
public sealed class DateColumn : Column
{
    /// <summary>The day number that marks a missing date.</summary>
    public const int MissingDay = int.MinValue;

    private readonly int[] _days;

    /// <summary>Wraps day numbers (<see cref="MissingDay"/> where missing) without copying.</summary>
    public DateColumn(string name, int[] days)
        : base(name, days?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(days);
        _days = days;
    }

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Date;

    /// <summary>All day numbers, <see cref="MissingDay"/> where missing.</summary>
    public ReadOnlySpan<int> DayNumbers => _days;

    /// <summary>The date of a row, null when missing.</summary>
    public DateOnly? this[int row] => _days[row] == MissingDay ? null : DateOnly.FromDayNumber(_days[row]);

    /// <inheritdoc/>
    public override bool IsMissing(int row) => _days[row] == MissingDay;

    /// <inheritdoc/>
    public override bool IsBinary => false;

    /// <inheritdoc/>
    public override string? FormatValue(int row) =>
        this[row]?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override Column Rename(string name) => new DateColumn(name, _days);
}
