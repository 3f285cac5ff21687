namespace HccReport.Core.Spec;

/// <summary>How rendered numbers look (spec key <c>style</c>).</summary>
public enum NumberStyle
{
    /// <summary><c>default</c>.</summary>
    Default,

    /// <summary><c>nejm</c>: New England Journal of Medicine.</summary>
    Nejm,

    /// <summary><c>jama</c>: JAMA.</summary>
    Jama,

    /// <summary><c>lancet</c>: The Lancet (mid-dot decimals).</summary>
    Lancet,
}
