namespace HccReport.Rendering.Tables;

/// <summary>Horizontal alignment of a column.</summary>
public enum ColumnAlign
{
    /// <summary>Left (the stub column of labels).</summary>
    Left,

    /// <summary>Centred (numbers with intervals, as journals set them).</summary>
    Center,

    /// <summary>Right.</summary>
    Right,
}
