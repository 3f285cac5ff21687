namespace HccReport.Rendering.Tables;

/// <summary>What a body row is.</summary>
public enum TableRowKind
{
    /// <summary>A row of values.</summary>
    Data,

    /// <summary>A heading spanning all columns.</summary>
    Section,
}
