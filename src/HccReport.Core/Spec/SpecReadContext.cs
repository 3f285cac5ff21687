using HccReport.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HccReport.Core.Spec;

/// <summary>The state of one spec read: the file name used in locations and the problems found.</summary>
internal sealed class SpecReadContext(string file, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public void Add(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    public SpecLocation At(YamlNode node) => At(node.Start);

    public SpecLocation At(Mark mark) => new(File, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>
    /// Where the expression text starts: one column after the opening quote of a quoted scalar, so an expression
    /// parser's character offset can be added to it.
    /// </summary>
    public SpecLocation ExpressionStart(YamlNode node)
    {
        var at = At(node);
        return node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } ? at.WithColumnOffset(1) : at;
    }
}
