using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>Display label and reference level of a column or derived variable (spec key <c>variables.&lt;name&gt;</c>).</summary>
public sealed record VariableSpec
{
    /// <summary>The variable.</summary>
    public required SpecName Name { get; init; }

    /// <summary>Label shown in tables and figures; null to show the name.</summary>
    public string? Label { get; init; }

    /// <summary>Reference level of a categorical variable; null for the first level.</summary>
    public string? Reference { get; init; }

    /// <summary>Position of the <c>reference</c> value, when one is written.</summary>
    public SpecLocation? ReferenceLocation { get; init; }

    /// <summary>Position of the variable's entry.</summary>
    public required SpecLocation Location { get; init; }
}
