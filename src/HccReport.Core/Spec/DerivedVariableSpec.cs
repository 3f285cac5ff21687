namespace HccReport.Core.Spec;

/// <summary>A variable computed from an expression (spec key <c>derive.&lt;name&gt;</c>); later ones may use earlier ones.</summary>
/// <param name="Name">The new variable's name.</param>
/// <param name="Expression">The expression that computes it.</param>
public sealed record DerivedVariableSpec(SpecName Name, SpecExpression Expression);
