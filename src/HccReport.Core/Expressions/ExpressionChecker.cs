using System.Text.RegularExpressions;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;
using NCalc;
using NCalc.Visitors;

namespace HccReport.Core.Expressions;

/// <summary>What the checker knows of a node: its type, whether it is a literal (and which), and the column it reads.</summary>
internal readonly record struct NodeInfo(ExpressionType Type, bool Ok = true, object? Literal = null, Column? Source = null)
{
    public static readonly NodeInfo Failed = new(ExpressionType.Number, Ok: false);

    public bool IsTextLiteral => Literal is string;
}

/// <summary>
/// Checks a parsed expression against the data's columns and our functions before anything is evaluated: unknown
/// names (with "did you mean"), argument counts, types and unknown levels, each located in the spec. After the first
/// problem in a branch its parents stay quiet, so one typo gives one message.
/// </summary>
internal sealed class ExpressionChecker(Dataset data, SpecExpression source, DiagnosticBag diagnostics) : ILogicalExpressionVisitor<NodeInfo>
{
    private static readonly string[] Functions = FunctionCatalog.Arity.Keys.ToArray();

    private SpecLocation At(string? name = null)
    {
        if (name is null)
            return source.Location;
        var match = Regex.Match(source.Text, @"(?<![\w.])\[?" + Regex.Escape(name) + @"(?!\w)", RegexOptions.CultureInvariant);
        return match.Success ? source.Location.WithColumnOffset(match.Index) : source.Location;
    }

    /// <summary>Why a categorical operand is not a number (a stray text in a number column), when that is the likely story.</summary>
    private string? NotNumber(params NodeInfo[] operands) =>
        operands.Where(o => o.Type == ExpressionType.Text && o.Source is not null)
            .Select(o => CategoricalHint.AsNumber(o.Source!, data)).FirstOrDefault(h => h is not null);

    /// <summary>Why a categorical operand is not a date (dates in another pattern than ISO), when that is the likely story.</summary>
    private string? NotDate(params NodeInfo[] operands) =>
        operands.Where(o => o.Type == ExpressionType.Text && o.Source is not null)
            .Select(o => CategoricalHint.AsDate(o.Source!, data)).FirstOrDefault(h => h is not null);

    private NodeInfo Fail(Diagnostic diagnostic)
    {
        diagnostics.Add(diagnostic);
        return NodeInfo.Failed;
    }

    private static string Describe(NodeInfo info) => info.Literal switch
    {
        string text => $"the text '{DiagnosticCatalog.Shorten(text, 40)}'",
        _ => info.Type switch
        {
            ExpressionType.Number => "a number",
            ExpressionType.Boolean => "a condition (true/false)",
            ExpressionType.Date => "a date",
            _ => info.Source is not null ? $"the categorical '{info.Source.Name}'" : "a text",
        },
    };

    public NodeInfo Visit(Identifier identifier)
    {
        var column = data.Find(identifier.Name);
        if (column is not null)
        {
            var type = column.Kind switch
            {
                ColumnKind.Number => ExpressionType.Number,
                ColumnKind.Date => ExpressionType.Date,
                ColumnKind.Boolean => ExpressionType.Boolean,
                _ => ExpressionType.Text,
            };
            return new NodeInfo(type, Source: column);
        }
        return Fail(DiagnosticCatalog.UnknownColumn(At(identifier.Name), identifier.Name, data.Columns.Select(c => c.Name)));
    }

    public NodeInfo Visit(ValueExpression expression)
    {
        if (LiteralList.TryLiteral(expression, out var value))
            return new NodeInfo(LiteralList.TypeOf(value), Literal: value);
        return Fail(DiagnosticCatalog.ExprSyntax(At(), source.Text, $"values of type {expression.Type} are not supported"));
    }

    public NodeInfo Visit(LogicalExpressionList list) =>
        Fail(DiagnosticCatalog.ExprSyntax(At(), source.Text, "a list is only allowed after 'in' and in cut()"));

    public NodeInfo Visit(UnaryExpression expression)
    {
        var operand = expression.Expression.Accept(this);
        if (!operand.Ok)
            return operand;
        switch (expression.Type)
        {
            case UnaryExpressionType.Not:
                return operand.Type == ExpressionType.Boolean
                    ? new NodeInfo(ExpressionType.Boolean)
                    : Fail(DiagnosticCatalog.TypeMismatch(At(), "'not'", "a condition", Describe(operand)));
            case UnaryExpressionType.Negate:
                return operand.Type == ExpressionType.Number
                    ? new NodeInfo(ExpressionType.Number, Literal: operand.Literal is double d ? -d : null)
                    : Fail(DiagnosticCatalog.TypeMismatch(At(), "'-'", "a number", Describe(operand)));
            default:
                return Fail(DiagnosticCatalog.UnsupportedOperator(At(), expression.Type switch
                {
                    UnaryExpressionType.BitwiseNot => "~",
                    UnaryExpressionType.Factorial => "! after a value",
                    _ => expression.Type.ToString(),
                }));
        }
    }

    public NodeInfo Visit(TernaryExpression expression) =>
        CheckIf(expression.LeftExpression.Accept(this), expression.MiddleExpression.Accept(this), expression.RightExpression.Accept(this));

    public NodeInfo Visit(BinaryExpression expression)
    {
        if (expression.Type is BinaryExpressionType.In or BinaryExpressionType.NotIn)
            return CheckIn(expression);
        var left = expression.LeftExpression.Accept(this);
        var right = expression.RightExpression.Accept(this);
        if (!left.Ok || !right.Ok)
            return NodeInfo.Failed;
        switch (expression.Type)
        {
            case BinaryExpressionType.And or BinaryExpressionType.Or:
                var word = expression.Type == BinaryExpressionType.And ? "'and'" : "'or'";
                if (left.Type != ExpressionType.Boolean)
                    return Fail(DiagnosticCatalog.TypeMismatch(At(), word, "conditions on both sides", Describe(left)));
                return right.Type == ExpressionType.Boolean
                    ? new NodeInfo(ExpressionType.Boolean)
                    : Fail(DiagnosticCatalog.TypeMismatch(At(), word, "conditions on both sides", Describe(right)));
            case BinaryExpressionType.Equal or BinaryExpressionType.NotEqual:
                return CheckEquality(left, right);
            case BinaryExpressionType.Lesser or BinaryExpressionType.LesserOrEqual or BinaryExpressionType.Greater or BinaryExpressionType.GreaterOrEqual:
                return CheckOrder(left, right);
            case BinaryExpressionType.Plus or BinaryExpressionType.Minus or BinaryExpressionType.Times or BinaryExpressionType.Div:
                return CheckArithmetic(expression.Type, left, right);
            default:
                return Fail(DiagnosticCatalog.UnsupportedOperator(At(), Symbol(expression.Type)));
        }
    }

    private static string Symbol(BinaryExpressionType type) => type switch
    {
        BinaryExpressionType.Modulo => "%",
        BinaryExpressionType.Exponentiation => "**",
        BinaryExpressionType.BitwiseAnd => "&",
        BinaryExpressionType.BitwiseOr => "|",
        BinaryExpressionType.BitwiseXOr => "^",
        BinaryExpressionType.LeftShift => "<<",
        BinaryExpressionType.RightShift => ">>",
        BinaryExpressionType.Like => "like",
        BinaryExpressionType.NotLike => "not like",
        BinaryExpressionType.Coalesce => "??",
        _ => type.ToString(),
    };

    private NodeInfo CheckEquality(NodeInfo left, NodeInfo right)
    {
        if (left.Type == right.Type)
        {
            if (left.Type == ExpressionType.Text)
                return CheckLevel(left, right) && CheckLevel(right, left) ? new NodeInfo(ExpressionType.Boolean) : NodeInfo.Failed;
            return new NodeInfo(ExpressionType.Boolean);
        }
        if (DateAndIsoText(left, right) || DateAndIsoText(right, left))
            return new NodeInfo(ExpressionType.Boolean);
        if (BooleanAndBit(left, right) || BooleanAndBit(right, left))
            return new NodeInfo(ExpressionType.Boolean);
        var categorical = left.Type == ExpressionType.Text && left.Source is CategoricalColumn ? left : right.Source is CategoricalColumn ? right : default;
        var hint = NotNumber(left, right) ?? (categorical.Source is CategoricalColumn c && c.Levels.Count > 0
            ? $"compare with a label in quotes, e.g. {c.Name} == '{DiagnosticCatalog.Shorten(c.Levels[0], 30)}'."
            : null);
        return Fail(DiagnosticCatalog.TypeMismatch(At(), "'=='", "values of the same type", $"{Describe(left)} and {Describe(right)}", hint));
    }

    private bool CheckLevel(NodeInfo column, NodeInfo literal)
    {
        if (column.Source is not CategoricalColumn categorical || literal.Literal is not string level || categorical.IndexOf(level) >= 0)
            return true;
        diagnostics.Add(DiagnosticCatalog.ExprUnknownLevel(At(), categorical.Name, level, categorical.Levels));
        return false;
    }

    private static bool DateAndIsoText(NodeInfo date, NodeInfo text) =>
        date.Type == ExpressionType.Date && text.Literal is string s && LiteralList.TryIsoDate(s, out _);

    private static bool BooleanAndBit(NodeInfo flag, NodeInfo number) =>
        flag.Type == ExpressionType.Boolean && number.Literal is double d && d is 0 or 1;

    private NodeInfo CheckOrder(NodeInfo left, NodeInfo right)
    {
        if ((left.Type == ExpressionType.Number && right.Type == ExpressionType.Number)
            || (left.Type == ExpressionType.Date && right.Type == ExpressionType.Date)
            || DateAndIsoText(left, right) || DateAndIsoText(right, left))
            return new NodeInfo(ExpressionType.Boolean);
        var hint = left.Type == ExpressionType.Date || right.Type == ExpressionType.Date ? NotDate(left, right) : NotNumber(left, right) ?? NotDate(left, right);
        return Fail(DiagnosticCatalog.TypeMismatch(At(), "an order comparison (< <= > >=)", "two numbers or two dates",
            $"{Describe(left)} and {Describe(right)}", hint));
    }

    private NodeInfo CheckArithmetic(BinaryExpressionType op, NodeInfo left, NodeInfo right)
    {
        var (l, r) = (left.Type, right.Type);
        if (l == ExpressionType.Number && r == ExpressionType.Number)
            return new NodeInfo(ExpressionType.Number);
        if (op == BinaryExpressionType.Minus && l == ExpressionType.Date && r == ExpressionType.Date)
            return new NodeInfo(ExpressionType.Number);
        if (op is BinaryExpressionType.Plus or BinaryExpressionType.Minus && l == ExpressionType.Date && r == ExpressionType.Number)
            return new NodeInfo(ExpressionType.Date);
        if (op == BinaryExpressionType.Plus && l == ExpressionType.Number && r == ExpressionType.Date)
            return new NodeInfo(ExpressionType.Date);
        return Fail(DiagnosticCatalog.TypeMismatch(At(), "arithmetic (+ - * /)", "numbers (or dates and days)",
            $"{Describe(left)} and {Describe(right)}", NotNumber(left, right) ?? NotDate(left, right)));
    }

    private NodeInfo CheckIn(BinaryExpression expression)
    {
        var left = expression.LeftExpression.Accept(this);
        if (!left.Ok)
            return left;
        if (!LiteralList.TryRead(expression.RightExpression, data.Contains, out var values) || values.Count == 0)
            return Fail(DiagnosticCatalog.ExprSyntax(At(), source.Text, "'in' needs a list of values, e.g. x in ('a', 'b')"));
        foreach (var value in values)
        {
            var item = new NodeInfo(LiteralList.TypeOf(value), Literal: value);
            if (!CheckEquality(left, item).Ok)
                return NodeInfo.Failed;
        }
        return new NodeInfo(ExpressionType.Boolean);
    }

    public NodeInfo Visit(Function function)
    {
        var name = function.Identifier.Name;
        if (!FunctionCatalog.Arity.TryGetValue(name, out var arity))
            return Fail(DiagnosticCatalog.UnknownFunction(At(name), name, Functions));
        var arguments = function.Parameters;
        if (arguments.Count < arity.Min || arguments.Count > arity.Max)
        {
            var expected = arity.Min == arity.Max ? arity.Min.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : arity.Max == int.MaxValue ? $"at least {arity.Min}" : $"{arity.Min} to {arity.Max}";
            return Fail(DiagnosticCatalog.ArgumentCount(At(name), name, expected, arguments.Count));
        }
        if (name == "cut")
            return CheckCut(function);
        var infos = arguments.Select(a => a.Accept(this)).ToArray();
        if (Array.Exists(infos, i => !i.Ok))
            return NodeInfo.Failed;
        switch (name)
        {
            case "missing":
                return new NodeInfo(ExpressionType.Boolean);
            case "if":
                return CheckIf(infos[0], infos[1], infos[2]);
            case "days_between" or "months_between" or "years_between":
                foreach (var info in infos)
                {
                    if (info.Type != ExpressionType.Date && !(info.Literal is string s && LiteralList.TryIsoDate(s, out _)))
                        return Fail(DiagnosticCatalog.TypeMismatch(At(name), name + "()", "two dates", Describe(info), NotDate(info)));
                }
                return new NodeInfo(ExpressionType.Number);
            case "min" or "max" when Array.TrueForAll(infos, i => i.Type == ExpressionType.Date):
                return new NodeInfo(ExpressionType.Date);
            default:
                foreach (var info in infos)
                {
                    if (info.Type != ExpressionType.Number)
                        return Fail(DiagnosticCatalog.TypeMismatch(At(name), name + "()", "numbers", Describe(info), NotNumber(info)));
                }
                return new NodeInfo(ExpressionType.Number);
        }
    }

    private NodeInfo CheckIf(NodeInfo condition, NodeInfo whenTrue, NodeInfo whenFalse)
    {
        if (!condition.Ok || !whenTrue.Ok || !whenFalse.Ok)
            return NodeInfo.Failed;
        if (condition.Type != ExpressionType.Boolean)
            return Fail(DiagnosticCatalog.TypeMismatch(At("if"), "if()", "a condition first", Describe(condition)));
        if (whenTrue.Type != whenFalse.Type)
            return Fail(DiagnosticCatalog.TypeMismatch(At("if"), "if()", "two values of the same type", $"{Describe(whenTrue)} and {Describe(whenFalse)}"));
        return new NodeInfo(whenTrue.Type);
    }

    private NodeInfo CheckCut(Function function)
    {
        var x = function.Parameters[0].Accept(this);
        if (!x.Ok)
            return x;
        if (x.Type != ExpressionType.Number)
            return Fail(DiagnosticCatalog.TypeMismatch(At("cut"), "cut()", "a number to cut", Describe(x), NotNumber(x)));
        if (!LiteralList.TryRead(function.Parameters[1], data.Contains, out var breaks) || breaks.Count == 0 || !breaks.TrueForAll(b => b is double))
            return Fail(DiagnosticCatalog.InvalidArgument(At("cut"), "cut", "the breaks must be a list of numbers, e.g. [50] or [40, 60]"));
        if (!LiteralList.TryRead(function.Parameters[2], data.Contains, out var labels) || !labels.TrueForAll(l => l is string))
            return Fail(DiagnosticCatalog.InvalidArgument(At("cut"), "cut", "the labels must be a list of texts, e.g. [\"<=50\", \">50\"]"));
        var numbers = breaks.Cast<double>().ToArray();
        for (var i = 1; i < numbers.Length; i++)
        {
            if (!(numbers[i] > numbers[i - 1]))
                return Fail(DiagnosticCatalog.InvalidArgument(At("cut"), "cut", "the breaks must increase"));
        }
        if (labels.Count != numbers.Length + 1)
            return Fail(DiagnosticCatalog.InvalidArgument(At("cut"), "cut",
                $"{numbers.Length} break(s) make {numbers.Length + 1} intervals, so {numbers.Length + 1} labels are needed, not {labels.Count}"));
        if (labels.Cast<string>().Distinct(StringComparer.Ordinal).Count() != labels.Count)
            return Fail(DiagnosticCatalog.InvalidArgument(At("cut"), "cut", "the labels must differ"));
        return new NodeInfo(ExpressionType.Text);
    }
}
