using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>A time-to-event endpoint (spec key <c>endpoints.&lt;id&gt;</c>).</summary>
public sealed record EndpointSpec
{
    /// <summary>The endpoint's id, as analyses name it.</summary>
    public required SpecName Id { get; init; }

    /// <summary>Display label, e.g. "Overall survival"; null to show the id.</summary>
    public string? Label { get; init; }

    /// <summary>How the time is obtained.</summary>
    public required EndpointTimeSpec Time { get; init; }

    /// <summary>The event indicator: a 0/1 or true/false column, or a condition such as <c>status == 2</c>.</summary>
    public required SpecExpression Event { get; init; }

    /// <summary>Position of the endpoint's entry.</summary>
    public required SpecLocation Location { get; init; }
}
