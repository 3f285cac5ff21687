using System.Globalization;
using NCalc;

namespace HccReport.Core.Expressions;

/// <summary>
/// Reads the literal lists of <c>in</c> and <c>cut</c>. NCalc writes a list in parentheses, <c>('a', 'b')</c>;
/// a list in brackets, <c>[50, 60]</c> as our docs write it, reaches us as a bracketed identifier, whose text we
/// hand back to NCalc as a parenthesised list.
/// </summary>
internal static class LiteralList
{
    public static bool TryRead(LogicalExpression node, Func<string, bool> isColumn, out List<object> values)
    {
        values = [];
        switch (node)
        {
            case LogicalExpressionList list:
                foreach (var item in list)
                {
                    if (!TryLiteral(item, out var value))
                        return false;
                    values.Add(value);
                }
                return true;
            case Identifier identifier when !isColumn(identifier.Name):
                LogicalExpression parsed;
                try
                {
                    parsed = LogicalExpressionParser.Parse(new LogicalExpressionParseContext("(" + identifier.Name + ")"), CultureInfo.InvariantCulture);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return false;
                }
                return parsed is not Identifier && TryRead(parsed, _ => true, out values);
            default:
                if (!TryLiteral(node, out var single))
                    return false;
                values.Add(single);
                return true;
        }
    }

    /// <summary>A number (double), a string, a boolean or a date (DateOnly) written as a literal, with an optional minus.</summary>
    public static bool TryLiteral(LogicalExpression node, out object value)
    {
        switch (node)
        {
            case ValueExpression { Type: NCalc.ValueType.Integer or NCalc.ValueType.Float, Value: { } number }:
                value = Convert.ToDouble(number, CultureInfo.InvariantCulture);
                return true;
            case ValueExpression { Type: NCalc.ValueType.String or NCalc.ValueType.Char, Value: { } text }:
                value = Convert.ToString(text, CultureInfo.InvariantCulture) ?? "";
                return true;
            case ValueExpression { Type: NCalc.ValueType.Boolean, Value: bool flag }:
                value = flag;
                return true;
            case ValueExpression { Type: NCalc.ValueType.DateTime, Value: DateTime date }:
                value = DateOnly.FromDateTime(date);
                return true;
            case UnaryExpression { Type: UnaryExpressionType.Negate, Expression: var inner } when TryLiteral(inner, out var negated) && negated is double d:
                value = -d;
                return true;
            default:
                value = 0.0;
                return false;
        }
    }

    public static ExpressionType TypeOf(object literal) => literal switch
    {
        double => ExpressionType.Number,
        bool => ExpressionType.Boolean,
        DateOnly => ExpressionType.Date,
        _ => ExpressionType.Text,
    };

    /// <summary>An ISO date written as text, e.g. '2020-01-31'.</summary>
    public static bool TryIsoDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
