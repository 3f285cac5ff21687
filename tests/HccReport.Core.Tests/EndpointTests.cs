using HccReport.Core.Diagnostics;
using HccReport.Core.Endpoints;
using HccReport.Core.Spec;

namespace HccReport.Core.Tests;

public class EndpointTests
{
    private static readonly Data.Dataset Data = Fixture.Read(
        "id,start,end,status,months\n" +
        "P1,2020-01-01,2021-01-01,1,12\n" +   // 366 days
        "P2,2020-01-01,2020-01-08,0,0.25\n" + // 7 days
        "P3,2020-01-01,,1,\n" +               // no end date
        "P4,2020-03-01,2020-02-01,2,-1\n");   // end before start, event 2

    private static EndpointSpec Span(TimeUnit unit, string @event = "status") => new()
    {
        Id = new SpecName("os", Fixture.SpecAt),
        Time = new EndpointTimeSpec
        {
            From = new SpecName("start", Fixture.SpecAt), To = new SpecName("end", Fixture.SpecAt), Unit = unit, Location = new SpecLocation("spec.yaml", 7, 9),
        },
        Event = Fixture.Expr(@event),
        Location = Fixture.SpecAt,
    };

    [Theory]
    [InlineData(TimeUnit.Days, 366.0, 7.0)]
    [InlineData(TimeUnit.Weeks, 366.0 / 7, 1.0)]
    [InlineData(TimeUnit.Months, 366.0 / 30.4375, 7.0 / 30.4375)]
    [InlineData(TimeUnit.Years, 366.0 / 365.25, 7.0 / 365.25)]
    public void Date_span_in_each_unit(TimeUnit unit, double first, double second)
    {
        var endpoint = EndpointBuilder.TryBuild(Span(unit), Data, [0, 1, 2], new DiagnosticBag())!;
        Assert.Equal(first, endpoint.Time[0], 12);
        Assert.Equal(second, endpoint.Time[1], 12);
        Assert.True(double.IsNaN(endpoint.Time[2]));
        Assert.Equal([true, false, true], endpoint.Event.Take(3).ToArray());
        Assert.Equal([0, 1], endpoint.CompleteRows([0, 1, 2]).ToArray());
    }

    [Fact]
    public void Negative_time_and_bad_event_name_the_row_ids()
    {
        var diagnostics = new DiagnosticBag();
        EndpointBuilder.TryBuild(Span(TimeUnit.Days), Data, [0, 1, 2, 3], diagnostics);
        var negative = Fixture.Single(diagnostics, DiagnosticCodes.Endpoint.NegativeTime);
        Assert.Equal(new SpecLocation("spec.yaml", 7, 9), negative.Location);
        Assert.EndsWith("id P4.", negative.Message, StringComparison.Ordinal);
        var badEvent = Fixture.Single(diagnostics, DiagnosticCodes.Endpoint.BadEvent);
        Assert.Contains("(2)", badEvent.Message, StringComparison.Ordinal);
        Assert.EndsWith("id P4.", badEvent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_outside_the_checked_rows_do_not_count()
    {
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(EndpointBuilder.TryBuild(Span(TimeUnit.Days), Data, [0, 1], diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Event_may_be_a_condition_and_time_a_column()
    {
        var spec = Span(TimeUnit.Days, "status == 2") with
        {
            Time = new EndpointTimeSpec { Expression = Fixture.Expr("months"), Location = Fixture.SpecAt },
        };
        var endpoint = EndpointBuilder.TryBuild(spec, Data, [0, 1], new DiagnosticBag())!;
        Assert.Equal([12, 0.25], endpoint.Time.Take(2).ToArray());
        Assert.Equal([false, false, false, true], endpoint.Event.ToArray());
        Assert.Null(endpoint.Unit);
    }

    [Fact]
    public void Missing_times_are_counted_and_warned_per_analysis()
    {
        var spec = Span(TimeUnit.Months);
        var diagnostics = new DiagnosticBag();
        var endpoint = EndpointBuilder.TryBuild(spec, Data, [0, 1, 2], diagnostics)!;
        var (missingTime, missingEvent) = EndpointBuilder.CheckMissing(endpoint, spec, "km_os", [0, 1, 2], Data, diagnostics);
        Assert.Equal((1, 0), (missingTime, missingEvent));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCodes.Endpoint.MissingTime, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Equal("P3", warning.RowIds);
        Assert.EndsWith("Rows: id P3.", warning.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_column_is_not_a_date_span()
    {
        var spec = Span(TimeUnit.Days) with
        {
            Time = new EndpointTimeSpec { From = new SpecName("months", Fixture.SpecAt), To = new SpecName("end", Fixture.SpecAt), Unit = TimeUnit.Days, Location = Fixture.SpecAt },
        };
        var diagnostics = new DiagnosticBag();
        Assert.Null(EndpointBuilder.TryBuild(spec, Data, [0], diagnostics));
        Assert.Equal(DiagnosticCodes.Endpoint.WrongType, Assert.Single(diagnostics.Items).Code);
    }
}
