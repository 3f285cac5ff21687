using System.Text.Json.Serialization;

namespace HccReport.Results;

/// <summary>
/// One hazard ratio of a comparison per level of each subgrouping variable, with the p value of the
/// interaction, laid out for a forest plot.
/// </summary>
public sealed record SubgroupResult : AnalysisResult
{
    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override string Kind => "subgroup";

    /// <summary>Endpoint id.</summary>
    public required string Endpoint { get; init; }

    /// <summary>Endpoint label.</summary>
    public required string EndpointLabel { get; init; }

    /// <summary>The compared column (for example resistance type).</summary>
    public required string By { get; init; }

    /// <summary>Its reference level.</summary>
    public required string Reference { get; init; }

    /// <summary>The level compared with the reference.</summary>
    public required string Compared { get; init; }

    /// <summary>Ties method of the Cox fits.</summary>
    public required string Ties { get; init; }

    /// <summary>The comparison over the whole analysed set.</summary>
    public required SubgroupEstimate Overall { get; init; }

    /// <summary>Subgrouping variables in spec order.</summary>
    public required IReadOnlyList<SubgroupVariable> Variables { get; init; }
}

/// <summary>A subgrouping variable's levels and its interaction test.</summary>
public sealed record SubgroupVariable
{
    /// <summary>Column name.</summary>
    public required string Variable { get; init; }

    /// <summary>Display label.</summary>
    public required string Label { get; init; }

    /// <summary>One estimate per level.</summary>
    public required IReadOnlyList<SubgroupEstimate> Levels { get; init; }

    /// <summary>Likelihood-ratio p value of the by-times-variable interaction; null when not estimable.</summary>
    public double? InteractionP { get; init; }
}

/// <summary>The hazard ratio of the comparison within one subgroup.</summary>
public sealed record SubgroupEstimate : IRatioTerm
{
    /// <summary>Level label ("All" for the overall row).</summary>
    public required string Level { get; init; }

    /// <summary>Rows.</summary>
    public required int N { get; init; }

    /// <summary>Events.</summary>
    public required int Events { get; init; }

    /// <summary>Hazard ratio of the compared level against the reference; null when not estimable.</summary>
    public double? Hr { get; init; }

    /// <inheritdoc />
    public double? Lower { get; init; }

    /// <inheritdoc />
    public double? Upper { get; init; }

    /// <inheritdoc />
    public double? P { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public string Term => Level;

    /// <inheritdoc />
    [JsonIgnore]
    public string Label => Level;

    /// <inheritdoc />
    [JsonIgnore]
    public double? Ratio => Hr;
}
