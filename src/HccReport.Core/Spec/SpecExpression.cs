using HccReport.Core.Diagnostics;

namespace HccReport.Core.Spec;

/// <summary>An expression written in the spec (derive, when, where, outcome, event, time), with where it was written.</summary>
/// <param name="Text">The expression text as written.</param>
/// <param name="Location">Position of the first character of the expression text in the spec.</param>
/// <param name="Key">The spec key that holds it (for messages), e.g. <c>cohort.include[0].when</c>.</param>
public sealed record SpecExpression(string Text, SpecLocation Location, string Key)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}
