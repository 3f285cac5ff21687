namespace HccReport.Core.Expressions;

/// <summary>The type of an expression's value, known before it is evaluated.</summary>
public enum ExpressionType
{
    /// <summary>A number (a derived number becomes a numeric column).</summary>
    Number,

    /// <summary>True/false: a condition (a derived one becomes a binary column).</summary>
    Boolean,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>Text or levels (a derived one, for example from <c>cut</c>, becomes a categorical column).</summary>
    Text,
}
