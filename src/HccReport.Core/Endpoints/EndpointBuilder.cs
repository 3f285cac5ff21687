using System.Collections.Immutable;
using System.Globalization;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Expressions;
using HccReport.Core.Spec;

namespace HccReport.Core.Endpoints;

/// <summary>
/// Computes an endpoint's time and event per row and checks them among the rows that matter: a negative time or an
/// event other than 0/1 (true/false) is an error naming the row ids; missing times and events are counted and
/// reported per analysis (see <see cref="CheckMissing"/>), never dropped silently.
/// </summary>
public static class EndpointBuilder
{
    /// <summary>Builds the endpoint's columns, adding problems to <paramref name="diagnostics"/>.</summary>
    /// <param name="spec">The endpoint.</param>
    /// <param name="data">The data with its derived variables.</param>
    /// <param name="checkedRows">The rows whose values must be valid (the included cohort): negative times and bad events there are errors.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    /// <returns>The endpoint's data, or null when its time or event cannot be computed.</returns>
    public static EndpointData? TryBuild(EndpointSpec spec, Dataset data, IReadOnlyList<int> checkedRows, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(checkedRows);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var time = Time(spec, data, diagnostics);
        var events = Events(spec, data, diagnostics);
        if (time is null || events is null)
            return null;
        var (eventColumn, badValue) = events.Value;
        var errorsBefore = diagnostics.ErrorCount;
        var negative = checkedRows.Where(i => time[i] < 0).Select(data.RowId).ToArray();
        if (negative.Length > 0)
            diagnostics.Add(DiagnosticCatalog.NegativeTime(spec.Time.Location, spec.Id.Name, negative));
        var bad = checkedRows.Where(i => badValue[i] is not null).ToArray();
        if (bad.Length > 0)
            diagnostics.Add(DiagnosticCatalog.BadEvent(spec.Event.Location, spec.Id.Name, bad.Select(data.RowId).ToArray(),
                bad.Select(i => badValue[i]!).Distinct(StringComparer.Ordinal).ToArray()));
        // With wrong times or events the endpoint is not used; its rows would otherwise be warned about again as "missing".
        if (diagnostics.ErrorCount > errorsBefore)
            return null;
        return new EndpointData
        {
            Id = spec.Id.Name,
            Label = spec.Label ?? spec.Id.Name,
            Unit = spec.Time.Unit,
            Time = ImmutableArray.Create(time),
            Event = eventColumn.Select(e => e == 1).ToImmutableArray(),
            EventMissing = eventColumn.Select(e => e < 0).ToImmutableArray(),
        };
    }

    /// <summary>
    /// Reports the rows of one analysis that lack a time or an event (warnings: those rows are left out of that
    /// analysis, and the counts are returned for the report).
    /// </summary>
    /// <returns>Rows missing a time, and rows with a time but missing an event.</returns>
    public static (int MissingTime, int MissingEvent) CheckMissing(EndpointData endpoint, EndpointSpec spec, string analysisId,
        IReadOnlyList<int> rows, Dataset data, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var noTime = rows.Where(i => double.IsNaN(endpoint.Time[i])).Select(data.RowId).ToArray();
        var noEvent = rows.Where(i => !double.IsNaN(endpoint.Time[i]) && endpoint.EventMissing[i]).Select(data.RowId).ToArray();
        if (noTime.Length > 0)
            diagnostics.Add(DiagnosticCatalog.MissingTime(spec.Time.Location, spec.Id.Name, analysisId, noTime));
        if (noEvent.Length > 0)
            diagnostics.Add(DiagnosticCatalog.MissingEvent(spec.Event.Location, spec.Id.Name, analysisId, noEvent));
        return (noTime.Length, noEvent.Length);
    }

    private static double[]? Time(EndpointSpec spec, Dataset data, DiagnosticBag diagnostics)
    {
        var time = spec.Time;
        if (!time.IsDateSpan)
        {
            var compiled = ExpressionCompiler.TryCompile(time.Expression!, data, diagnostics);
            if (compiled is null)
                return null;
            if (compiled.Type != ExpressionType.Number)
            {
                var column = data.Find(time.Expression!.Text.Trim());
                var fix = compiled.Type == ExpressionType.Date
                    ? $"a time between two dates is written time: {{from: {time.Expression.Text.Trim()}, to: <end date column>, unit: months}}."
                    : column is not null ? CategoricalHint.AsNumber(column, data) : null;
                diagnostics.Add(DiagnosticCatalog.EndpointWrongType(time.Location, spec.Id.Name, "time", "a number (or {from, to, unit} between two dates)",
                    compiled.Type.ToString().ToLowerInvariant(), fix));
                return null;
            }
            return ((NumericColumn)compiled.Evaluate(data, "time")).Values.ToArray();
        }
        var from = DateColumnOf(time.From!, spec, data, diagnostics);
        var to = DateColumnOf(time.To!, spec, data, diagnostics);
        if (from is null || to is null)
            return null;
        var days = EndpointData.DaysPer(time.Unit!.Value);
        var values = new double[data.RowCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = from.IsMissing(i) || to.IsMissing(i)
                ? double.NaN
                : (to.DayNumbers[i] - (double)from.DayNumbers[i]) / days;
        }
        return values;
    }

    private static DateColumn? DateColumnOf(SpecName name, EndpointSpec spec, Dataset data, DiagnosticBag diagnostics)
    {
        var column = data.Find(name.Name);
        if (column is null)
        {
            diagnostics.Add(DiagnosticCatalog.UnknownVariable(name.Location, name.Name, data.Columns.Select(c => c.Name)));
            return null;
        }
        if (column is DateColumn date)
            return date;
        diagnostics.Add(DiagnosticCatalog.EndpointWrongType(name.Location, spec.Id.Name, "time span's column '" + name.Name + "'", "a date column",
            column.Kind.ToString().ToLowerInvariant(),
            CategoricalHint.AsDate(column, data) ?? (column.Kind == ColumnKind.Number ? "a number of days or months is a time itself: write time: " + name.Name + "." : null)));
        return null;
    }

    /// <summary>The event as 1/0/-1 per row, and for each row with a value other than 0/1 that value as text.</summary>
    private static (sbyte[] Events, string?[] Bad)? Events(EndpointSpec spec, Dataset data, DiagnosticBag diagnostics)
    {
        var compiled = ExpressionCompiler.TryCompile(spec.Event, data, diagnostics);
        if (compiled is null)
            return null;
        var column = compiled.Evaluate(data, "event");
        var events = new sbyte[data.RowCount];
        var bad = new string?[data.RowCount];
        switch (column)
        {
            case BooleanColumn flags:
                flags.Values.CopyTo(events);
                return (events, bad);
            case NumericColumn numbers:
                for (var i = 0; i < events.Length; i++)
                {
                    var value = numbers[i];
                    events[i] = double.IsNaN(value) ? (sbyte)-1 : value == 1 ? (sbyte)1 : value == 0 ? (sbyte)0 : (sbyte)-1;
                    if (!double.IsNaN(value) && value is not (0 or 1))
                        bad[i] = value.ToString("R", CultureInfo.InvariantCulture);
                }
                return (events, bad);
            default:
                var example = column is CategoricalColumn { Levels.Count: > 0 } levels
                    ? $"{spec.Event.Text.Trim()} == '{DiagnosticCatalog.Shorten(levels.Levels[^1], 30)}'"
                    : $"not missing({spec.Event.Text.Trim()})";
                diagnostics.Add(DiagnosticCatalog.EndpointWrongType(spec.Event.Location, spec.Id.Name, "event",
                    "0/1, true/false or a condition", column.Kind.ToString().ToLowerInvariant(), $"write a condition that is true for an event, e.g. {DiagnosticCatalog.Shorten(example, 80)}."));
                return null;
        }
    }
}
