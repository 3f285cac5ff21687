namespace HccReport.Core.Spec;

/// <summary>Paper size of the PDF (spec key <c>page_size</c>).</summary>
public enum PageSize
{
    /// <summary><c>a4</c> (default).</summary>
    A4,

    /// <summary><c>letter</c>.</summary>
    Letter,
}
