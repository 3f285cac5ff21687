namespace HccReport.Rendering.Text;

/// <summary>The journals whose number conventions a report can follow (spec key <c>style</c>).</summary>
public enum Journal
{
    /// <summary>HccReport's own style, close to most clinical journals: "P &lt; 0.001", "P = 0.046", "1.36–2.87".</summary>
    Default,

    /// <summary>New England Journal of Medicine: "P&lt;0.001", two decimals above 0.01, "1.36 to 2.87".</summary>
    Nejm,

    /// <summary>JAMA (AMA Manual of Style): no leading zero, "P &lt; .001", "P = .04", "1.36-2.87".</summary>
    Jama,

    /// <summary>The Lancet: lower-case p, "p&lt;0.0001", two significant figures, "1.36–2.87", whole-number percentages in tables.</summary>
    Lancet,
}
