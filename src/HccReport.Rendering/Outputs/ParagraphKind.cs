namespace HccReport.Rendering.Outputs;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphKind
{
    /// <summary>Body text.</summary>
    Body,

    /// <summary>A smaller note.</summary>
    Note,

    /// <summary>A warning, set apart so that it is not missed.</summary>
    Warning,
}
