using System.Collections.Immutable;
using HccReport.Core.Data;
using HccReport.Core.Endpoints;
using HccReport.Core.Spec;

namespace HccReport.Core;

/// <summary>
/// What one analysis works on, checked: its rows (the included cohort, narrowed by <c>where</c>), its endpoint and
/// its binary outcome. Models still take complete cases of their own variables; the rows left out for a missing
/// time or event are counted here and were reported as warnings.
/// </summary>
public sealed record AnalysisInput
{
    /// <summary>The analysis as written in the spec.</summary>
    public required AnalysisSpec Spec { get; init; }

    /// <summary>Included rows meeting the analysis's <c>where</c> (all included rows without one), ascending.</summary>
    public required ImmutableArray<int> Rows { get; init; }

    /// <summary>The endpoint of a km, cox or subgroup analysis; null for the others.</summary>
    public EndpointData? Endpoint { get; init; }

    /// <summary>Rows of <see cref="Rows"/> that have both the endpoint's time and event; equal to <see cref="Rows"/> without an endpoint.</summary>
    public required ImmutableArray<int> CompleteRows { get; init; }

    /// <summary>Rows of <see cref="Rows"/> without the endpoint's time.</summary>
    public int MissingTime { get; init; }

    /// <summary>Rows of <see cref="Rows"/> with a time but without the endpoint's event.</summary>
    public int MissingEvent { get; init; }

    /// <summary>The logistic outcome evaluated per row (true/false, missing where the expression is); null for the other kinds.</summary>
    public BooleanColumn? Outcome { get; init; }
}
