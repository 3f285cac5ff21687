namespace HccReport.Core.Spec;

/// <summary>A column's type, inferred from its values or set by <c>data.types</c>.</summary>
public enum ColumnType
{
    /// <summary><c>number</c>: numbers with a point as decimal mark; 0/1 columns stay numbers and are binary.</summary>
    Number,

    /// <summary><c>date</c>: ISO dates (yyyy-MM-dd) or <c>data.date_format</c>.</summary>
    Date,

    /// <summary><c>boolean</c>: true/false (also 1/0 when set explicitly).</summary>
    Boolean,

    /// <summary><c>text</c>: free text, treated as categorical wherever a level is needed.</summary>
    Text,

    /// <summary><c>categorical</c>: levels in <c>labels</c> order, else sorted (numbers by value).</summary>
    Categorical,
}
