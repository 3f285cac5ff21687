using HccReport.Core.Data;
using NCalc;
using NCalc.Visitors;

namespace HccReport.Core.Expressions;

/// <summary>
/// Evaluates a checked expression column-wise over a data set: each node is one loop over the rows.
/// Missing values propagate through comparisons, arithmetic and functions; <c>and</c>/<c>or</c> follow
/// three-valued logic as R does (<c>NA &amp; FALSE</c> is FALSE, <c>NA | TRUE</c> is TRUE); <c>missing(x)</c> is
/// never missing. Results that are not finite numbers (log of 0, division by 0) are missing, never NaN or Inf.
/// </summary>
internal sealed class ExpressionEvaluator(Dataset data) : ILogicalExpressionVisitor<Vector>
{
    private readonly int _n = data.RowCount;

    public Vector Visit(Identifier identifier) => FromColumn(data[identifier.Name]);

    internal static Vector FromColumn(Column column)
    {
        switch (column)
        {
            case NumericColumn numbers:
                return new NumberVector(numbers.Values.ToArray());
            case DateColumn dates:
                var days = new double[dates.Length];
                var source = dates.DayNumbers;
                for (var i = 0; i < days.Length; i++)
                    days[i] = source[i] == DateColumn.MissingDay ? double.NaN : source[i];
                return new DateVector(days);
            case BooleanColumn flags:
                return new BooleanVector(flags.Values.ToArray());
            case CategoricalColumn levels:
                return new TextVector(levels.Codes.ToArray(), levels.Levels.ToArray());
            default:
                throw new InvalidOperationException($"Unknown column type {column.GetType().Name}.");
        }
    }

    public Vector Visit(ValueExpression expression)
    {
        LiteralList.TryLiteral(expression, out var value);
        return Broadcast(value);
    }

    private Vector Broadcast(object value)
    {
        switch (value)
        {
            case double d:
                return new NumberVector(Fill(d));
            case bool b:
                var flags = new sbyte[_n];
                Array.Fill(flags, b ? (sbyte)1 : (sbyte)0);
                return new BooleanVector(flags);
            case DateOnly date:
                return new DateVector(Fill(date.DayNumber));
            default:
                return new TextVector(new int[_n], [(string)value]);
        }
    }

    private double[] Fill(double value)
    {
        var values = new double[_n];
        Array.Fill(values, value);
        return values;
    }

    public Vector Visit(LogicalExpressionList list) => throw new InvalidOperationException("A list outside 'in' or cut() passed the checker.");

    public Vector Visit(UnaryExpression expression)
    {
        var operand = expression.Expression.Accept(this);
        if (expression.Type == UnaryExpressionType.Not)
        {
            var flags = ((BooleanVector)operand).Values;
            var result = new sbyte[_n];
            for (var i = 0; i < _n; i++)
                result[i] = flags[i] < 0 ? (sbyte)-1 : (sbyte)(1 - flags[i]);
            return new BooleanVector(result);
        }
        var values = ((NumberVector)operand).Values;
        var negated = new double[_n];
        for (var i = 0; i < _n; i++)
            negated[i] = -values[i];
        return new NumberVector(negated);
    }

    public Vector Visit(TernaryExpression expression) =>
        If((BooleanVector)expression.LeftExpression.Accept(this), expression.MiddleExpression.Accept(this), expression.RightExpression.Accept(this));

    public Vector Visit(BinaryExpression expression)
    {
        if (expression.Type is BinaryExpressionType.In or BinaryExpressionType.NotIn)
            return In(expression);
        var left = expression.LeftExpression.Accept(this);
        var right = expression.RightExpression.Accept(this);
        return expression.Type switch
        {
            BinaryExpressionType.And => Logic((BooleanVector)left, (BooleanVector)right, and: true),
            BinaryExpressionType.Or => Logic((BooleanVector)left, (BooleanVector)right, and: false),
            BinaryExpressionType.Equal => Equal(left, right, negate: false),
            BinaryExpressionType.NotEqual => Equal(left, right, negate: true),
            BinaryExpressionType.Lesser => Compare(left, right, static c => c < 0),
            BinaryExpressionType.LesserOrEqual => Compare(left, right, static c => c <= 0),
            BinaryExpressionType.Greater => Compare(left, right, static c => c > 0),
            BinaryExpressionType.GreaterOrEqual => Compare(left, right, static c => c >= 0),
            _ => Arithmetic(expression.Type, left, right),
        };
    }

    private BooleanVector Logic(BooleanVector left, BooleanVector right, bool and)
    {
        var (a, b) = (left.Values, right.Values);
        var result = new sbyte[_n];
        for (var i = 0; i < _n; i++)
        {
            if (and)
                result[i] = a[i] == 0 || b[i] == 0 ? (sbyte)0 : a[i] < 0 || b[i] < 0 ? (sbyte)-1 : (sbyte)1;
            else
                result[i] = a[i] == 1 || b[i] == 1 ? (sbyte)1 : a[i] < 0 || b[i] < 0 ? (sbyte)-1 : (sbyte)0;
        }
        return new BooleanVector(result);
    }

    /// <summary>Numbers, dates (as day numbers) and booleans compare as numbers; texts compare by label.</summary>
    private BooleanVector Equal(Vector left, Vector right, bool negate)
    {
        if (left is TextVector lt && right is TextVector rt)
        {
            var map = lt.Levels.Select(level => Array.IndexOf(rt.Levels, level)).ToArray();
            var result = new sbyte[_n];
            for (var i = 0; i < _n; i++)
            {
                var (a, b) = (lt.Codes[i], rt.Codes[i]);
                result[i] = a < 0 || b < 0 ? (sbyte)-1 : (map[a] == b) != negate ? (sbyte)1 : (sbyte)0;
            }
            return new BooleanVector(result);
        }
        return Compare(left, right, c => (c == 0) != negate);
    }

    private BooleanVector Compare(Vector left, Vector right, Func<int, bool> test)
    {
        var a = AsNumbers(left);
        var b = AsNumbers(right);
        var result = new sbyte[_n];
        for (var i = 0; i < _n; i++)
            result[i] = double.IsNaN(a[i]) || double.IsNaN(b[i]) ? (sbyte)-1 : test(a[i].CompareTo(b[i])) ? (sbyte)1 : (sbyte)0;
        return new BooleanVector(result);
    }

    /// <summary>A vector as numbers for comparison: dates as day numbers, booleans as 1/0, an ISO text literal as its day number.</summary>
    private double[] AsNumbers(Vector vector)
    {
        switch (vector)
        {
            case NumberVector numbers:
                return numbers.Values;
            case DateVector dates:
                return dates.Days;
            case BooleanVector flags:
                var values = new double[_n];
                for (var i = 0; i < _n; i++)
                    values[i] = flags.Values[i] < 0 ? double.NaN : flags.Values[i];
                return values;
            case TextVector { Levels: [var text] } when LiteralList.TryIsoDate(text, out var date):
                return Fill(date.DayNumber);
            default:
                throw new InvalidOperationException("A comparison the checker should have refused.");
        }
    }

    private Vector Arithmetic(BinaryExpressionType op, Vector left, Vector right)
    {
        var a = AsNumbers(left);
        var b = AsNumbers(right);
        var result = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            var value = op switch
            {
                BinaryExpressionType.Plus => a[i] + b[i],
                BinaryExpressionType.Minus => a[i] - b[i],
                BinaryExpressionType.Times => a[i] * b[i],
                _ => a[i] / b[i],
            };
            result[i] = double.IsFinite(value) ? value : double.NaN;
        }
        var isDate = (left.Type == ExpressionType.Date) != (right.Type == ExpressionType.Date);
        return isDate ? new DateVector(result) : new NumberVector(result);
    }

    private BooleanVector In(BinaryExpression expression)
    {
        var left = expression.LeftExpression.Accept(this);
        LiteralList.TryRead(expression.RightExpression, data.Contains, out var values);
        var negate = expression.Type == BinaryExpressionType.NotIn;
        var result = new sbyte[_n];
        if (left is TextVector text)
        {
            var set = values.OfType<string>().ToHashSet(StringComparer.Ordinal);
            var member = text.Levels.Select(set.Contains).ToArray();
            for (var i = 0; i < _n; i++)
                result[i] = text.Codes[i] < 0 ? (sbyte)-1 : member[text.Codes[i]] != negate ? (sbyte)1 : (sbyte)0;
            return new BooleanVector(result);
        }
        var numbers = AsNumbers(left);
        var targets = values.Select(v => v switch
        {
            double d => d,
            bool b => b ? 1.0 : 0.0,
            DateOnly date => date.DayNumber,
            string s when LiteralList.TryIsoDate(s, out var date) => date.DayNumber,
            _ => double.NaN,
        }).ToHashSet();
        for (var i = 0; i < _n; i++)
            result[i] = double.IsNaN(numbers[i]) ? (sbyte)-1 : targets.Contains(numbers[i]) != negate ? (sbyte)1 : (sbyte)0;
        return new BooleanVector(result);
    }

    public Vector Visit(Function function)
    {
        var name = function.Identifier.Name;
        if (name == "cut")
            return Cut(function);
        var arguments = function.Parameters.Select(p => p.Accept(this)).ToArray();
        switch (name)
        {
            case "missing":
                var result = new sbyte[_n];
                for (var i = 0; i < _n; i++)
                    result[i] = arguments[0].IsMissing(i) ? (sbyte)1 : (sbyte)0;
                return new BooleanVector(result);
            case "if":
                return If((BooleanVector)arguments[0], arguments[1], arguments[2]);
            case "days_between" or "months_between" or "years_between":
                var divisor = FunctionCatalog.DaysPer(name);
                return Map(AsNumbers(arguments[0]), AsNumbers(arguments[1]), (from, to) => (to - from) / divisor);
            case "log":
                return Map(AsNumbers(arguments[0]), Math.Log);
            case "exp":
                return Map(AsNumbers(arguments[0]), Math.Exp);
            case "sqrt":
                return Map(AsNumbers(arguments[0]), Math.Sqrt);
            case "abs":
                return Map(AsNumbers(arguments[0]), Math.Abs);
            case "round":
                // R's round() rounds half to even (IEC 60559).
                if (arguments.Length == 1)
                    return Map(AsNumbers(arguments[0]), x => Math.Round(x, MidpointRounding.ToEven));
                return Map(AsNumbers(arguments[0]), AsNumbers(arguments[1]),
                    (x, digits) => digits is >= 0 and <= 15 && digits == Math.Floor(digits) ? Math.Round(x, (int)digits, MidpointRounding.ToEven) : double.NaN);
            default:
                var columns = arguments.Select(AsNumbers).ToArray();
                var pick = name == "min" ? (Func<double, double, double>)Math.Min : Math.Max;
                var values = (double[])columns[0].Clone();
                foreach (var column in columns.Skip(1))
                {
                    for (var i = 0; i < _n; i++)
                        values[i] = double.IsNaN(values[i]) || double.IsNaN(column[i]) ? double.NaN : pick(values[i], column[i]);
                }
                return arguments[0] is DateVector ? new DateVector(values) : new NumberVector(values);
        }
    }

    private NumberVector Map(double[] x, Func<double, double> f)
    {
        var result = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            var value = double.IsNaN(x[i]) ? double.NaN : f(x[i]);
            result[i] = double.IsFinite(value) ? value : double.NaN;
        }
        return new NumberVector(result);
    }

    private NumberVector Map(double[] x, double[] y, Func<double, double, double> f)
    {
        var result = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            var value = double.IsNaN(x[i]) || double.IsNaN(y[i]) ? double.NaN : f(x[i], y[i]);
            result[i] = double.IsFinite(value) ? value : double.NaN;
        }
        return new NumberVector(result);
    }

    private Vector If(BooleanVector condition, Vector whenTrue, Vector whenFalse)
    {
        var c = condition.Values;
        switch (whenTrue)
        {
            case TextVector a:
                var b = (TextVector)whenFalse;
                var levels = a.Levels.Concat(b.Levels.Where(l => Array.IndexOf(a.Levels, l) < 0)).ToArray();
                var map = b.Levels.Select(l => Array.IndexOf(levels, l)).ToArray();
                var codes = new int[_n];
                for (var i = 0; i < _n; i++)
                    codes[i] = c[i] < 0 ? -1 : c[i] == 1 ? a.Codes[i] : b.Codes[i] < 0 ? -1 : map[b.Codes[i]];
                return new TextVector(codes, levels);
            case BooleanVector a:
                var other = ((BooleanVector)whenFalse).Values;
                var flags = new sbyte[_n];
                for (var i = 0; i < _n; i++)
                    flags[i] = c[i] < 0 ? (sbyte)-1 : c[i] == 1 ? a.Values[i] : other[i];
                return new BooleanVector(flags);
            default:
                var x = AsNumbers(whenTrue);
                var y = AsNumbers(whenFalse);
                var values = new double[_n];
                for (var i = 0; i < _n; i++)
                    values[i] = c[i] < 0 ? double.NaN : c[i] == 1 ? x[i] : y[i];
                return whenTrue is DateVector ? new DateVector(values) : new NumberVector(values);
        }
    }

    /// <summary>
    /// Right-closed intervals as R's <c>cut(x, c(-Inf, breaks, Inf))</c>: with breaks b1 &lt; ... &lt; bk, level 1 is
    /// x &lt;= b1, level j is b(j-1) &lt; x &lt;= bj, level k+1 is x &gt; bk.
    /// </summary>
    private TextVector Cut(Function function)
    {
        var x = AsNumbers(function.Parameters[0].Accept(this));
        LiteralList.TryRead(function.Parameters[1], data.Contains, out var breakList);
        LiteralList.TryRead(function.Parameters[2], data.Contains, out var labelList);
        var breaks = breakList.Cast<double>().ToArray();
        var codes = new int[_n];
        for (var i = 0; i < _n; i++)
        {
            if (double.IsNaN(x[i]))
            {
                codes[i] = -1;
                continue;
            }
            var level = 0;
            while (level < breaks.Length && x[i] > breaks[level])
                level++;
            codes[i] = level;
        }
        return new TextVector(codes, labelList.Cast<string>().ToArray());
    }
}
