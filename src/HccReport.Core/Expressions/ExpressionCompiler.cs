using System.Globalization;
using System.Text.RegularExpressions;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;
using NCalc;

namespace HccReport.Core.Expressions;

/// <summary>
/// Parses expressions with NCalc (a maintained parser: we have none of our own) and checks them against a data
/// set: numbers, quoted strings, column names (in brackets when they hold spaces), <c>== != &lt; &lt;= &gt; &gt;=</c>,
/// <c>and or not</c> (also <c>&amp;&amp; || !</c>), <c>+ - * /</c>, parentheses, <c>in</c>, and the functions
/// <c>missing log exp sqrt abs round min max if days_between months_between years_between cut</c>.
/// </summary>
public static class ExpressionCompiler
{
    private static readonly Regex Position = new(@"position (\d+)|\((\d+):(\d+)\)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The deepest expression accepted: the parser, the checker and the evaluator recurse once per level, and a
    /// stack overflow ends the process without a message. Written expressions are a few levels deep.
    /// </summary>
    public const int MaxDepth = 100;

    /// <summary>Parses and checks an expression; every problem is thrown together.</summary>
    /// <exception cref="SpecException">The expression cannot be parsed or does not fit the data.</exception>
    public static CompiledExpression Compile(SpecExpression expression, Dataset data)
    {
        var diagnostics = new DiagnosticBag();
        var compiled = TryCompile(expression, data, diagnostics);
        diagnostics.ThrowIfErrors();
        return compiled!;
    }

    /// <summary>Parses and checks an expression, adding problems to <paramref name="diagnostics"/>.</summary>
    /// <returns>The compiled expression, or null when it has an error.</returns>
    public static CompiledExpression? TryCompile(SpecExpression expression, Dataset data, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (string.IsNullOrWhiteSpace(expression.Text))
        {
            diagnostics.Add(DiagnosticCatalog.EmptyExpression(expression.Location, expression.Key));
            return null;
        }
        if (BracketDepth(expression.Text) > MaxDepth)
        {
            diagnostics.Add(DiagnosticCatalog.ExpressionTooDeep(expression.Location, expression.Text, MaxDepth));
            return null;
        }
        LogicalExpression tree;
        try
        {
            tree = LogicalExpressionParser.Parse(new LogicalExpressionParseContext(expression.Text), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // NCalc reports syntax errors as exceptions whose message holds the position; we keep the position apart.
            var (offset, reason) = Describe(e.Message);
            diagnostics.Add(DiagnosticCatalog.ExprSyntax(expression.Location.WithColumnOffset(offset), expression.Text, reason));
            return null;
        }
        if (TreeDepth(tree) > MaxDepth)
        {
            diagnostics.Add(DiagnosticCatalog.ExpressionTooDeep(expression.Location, expression.Text, MaxDepth));
            return null;
        }
        var checker = new ExpressionChecker(data, expression, diagnostics);
        var info = tree.Accept(checker);
        return info.Ok ? new CompiledExpression(expression, tree, info.Type) : null;
    }

    /// <summary>Compiles a condition (when, where): it must give true/false.</summary>
    /// <returns>The compiled condition, or null when it has an error or is not a condition.</returns>
    public static CompiledExpression? TryCompileCondition(SpecExpression expression, Dataset data, DiagnosticBag diagnostics)
    {
        var compiled = TryCompile(expression, data, diagnostics);
        if (compiled is null || compiled.Type == ExpressionType.Boolean)
            return compiled;
        diagnostics!.Add(DiagnosticCatalog.NotCondition(expression.Location, expression.Key, compiled.Type switch
        {
            ExpressionType.Number => "a number",
            ExpressionType.Date => "a date",
            _ => "a text",
        }));
        return null;
    }

    /// <summary>The deepest nesting of brackets outside quotes: checked before the parser, which recurses on them.</summary>
    private static int BracketDepth(string text)
    {
        var depth = 0;
        var deepest = 0;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is not null)
            {
                if (c == quote)
                    quote = null;
                continue;
            }
            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '(' or '[':
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return deepest;
    }

    /// <summary>The depth of a parsed tree, walked without recursion (a chain a + 1 + 1 + ... parses flat but nests deep).</summary>
    private static int TreeDepth(LogicalExpression root)
    {
        var deepest = 0;
        var pending = new Stack<(LogicalExpression Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            if (deepest > MaxDepth)
                return deepest;
            IEnumerable<LogicalExpression?> children = node switch
            {
                BinaryExpression b => [b.LeftExpression, b.RightExpression],
                UnaryExpression u => [u.Expression],
                TernaryExpression t => [t.LeftExpression, t.MiddleExpression, t.RightExpression],
                Function f => f.Parameters,
                LogicalExpressionList list => list,
                _ => [],
            };
            foreach (var child in children)
            {
                if (child is not null)
                    pending.Push((child, depth + 1));
            }
        }
        return deepest;
    }

    private static (int Offset, string Reason) Describe(string message)
    {
        var match = Position.Match(message);
        var offset = 0;
        if (match.Success)
        {
            offset = match.Groups[1].Success
                ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) - 1;
        }
        var reason = Regex.Replace(match.Success ? message[..match.Index] : message, @"[\s.,]*(\bat\s+position|\bat)?[\s.,]*$", "", RegexOptions.CultureInvariant);
        return (offset, reason.Length == 0 ? "unexpected text" : char.ToLowerInvariant(reason[0]) + reason[1..]);
    }
}
