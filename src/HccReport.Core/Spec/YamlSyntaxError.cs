using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace HccReport.Core.Spec;

/// <summary>
/// Turns a YamlDotNet parser error into what a spec author can act on: the line that is really wrong (YamlDotNet
/// points at (1,1) for a tab or an unknown alias, and one line late for a missing space after a colon), a message in
/// plain words and the fix. Unknown parser messages keep their text with a general hint.
/// </summary>
internal static partial class YamlSyntaxError
{
    /// <summary>Where and what: 1-based line and column, the message, and the fix (null when we cannot guess one).</summary>
    public readonly record struct Explanation(int Line, int Column, string Message, string? Fix);

    public static Explanation Explain(YamlException exception, string text)
    {
        var message = ParserMessage(exception);
        var line = (int)Math.Max(1, exception.Start.Line);
        var column = (int)Math.Max(1, exception.Start.Column);
        var lines = text.Split('\n');

        if (message.Contains("tab as indentation", StringComparison.Ordinal) || message.Contains("tab character", StringComparison.Ordinal))
        {
            var (tabLine, tabColumn) = FirstIndentingTab(lines) ?? (line, column);
            return new(tabLine, tabColumn, "a tab is used for indentation; YAML indents with spaces only.", "replace the tab with spaces.");
        }
        if (exception is AnchorNotFoundException || message.StartsWith("The anchor '", StringComparison.Ordinal))
        {
            var name = AnchorName().Match(message) is { Success: true } m ? m.Groups[1].Value : "";
            var (aliasLine, aliasColumn) = Find(lines, "*" + name) ?? (line, column);
            return new(aliasLine, aliasColumn, $"the alias '*{name}' refers to no anchor '&{name}' defined before it.",
                "write the value itself; a text that starts with '*' or '&' must be in quotes.");
        }
        if (message.Contains("quoted scalar", StringComparison.Ordinal)
            && (message.Contains("end of stream", StringComparison.Ordinal) || message.Contains("wrong indentation", StringComparison.Ordinal)
                || message.Contains("document indicator", StringComparison.Ordinal)))
        {
            return new(line, column, "a quoted text that starts here is never closed.",
                "add the closing quote on the same line; inside '...' write an apostrophe as two ('').");
        }
        if (message.Contains("unknown escape character", StringComparison.Ordinal))
        {
            return new(line, column, "a backslash inside double quotes starts an escape sequence that YAML does not know.",
                "write the backslash twice (\\\\), or use single quotes.");
        }
        if (message.Contains("flow sequence", StringComparison.Ordinal) || message.Contains("flow mapping", StringComparison.Ordinal))
        {
            var (open, close, what) = message.Contains("flow sequence", StringComparison.Ordinal) ? ('[', ']', "list") : ('{', '}', "mapping");
            var (openLine, openColumn) = Unclosed(lines, line, open, close) ?? (line, column);
            return new(openLine, openColumn, $"a {what} opened with '{open}' is not closed, or two of its items have no comma between them.",
                $"close it with '{close}' on the same line, and separate the items with commas.");
        }
        if (message.Contains("cannot start any token", StringComparison.Ordinal))
        {
            var first = line <= lines.Length && column <= lines[line - 1].Length ? lines[line - 1][column - 1].ToString() : "this character";
            return new(line, column, $"a value cannot start with '{first}' in YAML.", "put the value in quotes.");
        }
        if (message.Contains("anchor", StringComparison.OrdinalIgnoreCase) || message.Contains("alias", StringComparison.OrdinalIgnoreCase))
        {
            return new(line, column, "'&' and '*' start anchors and aliases in YAML.", "put a text that starts with '&' or '*' in quotes.");
        }
        var current = line <= lines.Length ? lines[line - 1].TrimEnd('\r') : "";
        if (column >= 2 && column - 2 < current.Length && current[column - 2] is '\'' or '"' && current.IndexOf(current[column - 2]) < column - 2)
        {
            return new(line, column - 1, "the quoted text ends at this quote, and more text follows it.",
                "inside '...' write an apostrophe as two (''), or put the text in double quotes.");
        }
        if (column - 1 < current.Length && current[column - 1] == ':' && current.IndexOf(": ", StringComparison.Ordinal) is >= 0 and var firstColon && firstColon < column - 1)
        {
            return new(line, column, "a text holds ': ', which YAML reads as the start of another key.",
                "put the text in quotes, e.g. title: \"Results: primary endpoint\".");
        }
        if (message.Contains("Mapping values are not allowed", StringComparison.Ordinal)
            && MissingSpace(lines, line) is null)
        {
            return new(line, column, "a text holds ': ', which YAML reads as the start of another key.",
                "put the text in quotes, e.g. title: \"Results: primary endpoint\".");
        }
        if (message.Contains("mapping", StringComparison.OrdinalIgnoreCase) || message.Contains("expected key", StringComparison.Ordinal)
            || message.Contains("expected ':'", StringComparison.Ordinal) || message.Contains("'-' indicator", StringComparison.Ordinal)
            || message.Contains("sequence entries", StringComparison.Ordinal))
        {
            if (MissingSpace(lines, line) is { } missing)
            {
                return new(missing.Line, missing.Column, $"'{Trim(missing.Text)}' has no space after its colon, so YAML reads it as one text, not a key and its value.",
                    $"write '{missing.Key}: {Trim(missing.Value)}'.");
            }
            return new(line, column, "the indentation does not match the lines above.",
                "align this line with the other keys of its mapping (spaces only), and start list items with '- '.");
        }
        return new(line, column, LowerFirst(message),
            "check this line and the one above: indentation (spaces only), a space after each colon, closing quotes and brackets.");
    }

    /// <summary>YamlDotNet's message without the marks it puts in front.</summary>
    public static string ParserMessage(YamlException e)
    {
        // YamlDotNet prefixes its message with the marks ("(Line: 3, Col: 5, Idx: 20) - (...): "); we give the position apart.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }

    private static string LowerFirst(string text) => text.Length == 0 ? "unexpected text" : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Trim(string text) => Diagnostics.DiagnosticCatalog.Shorten(text.Trim(), 40);

    private static (int Line, int Column)? FirstIndentingTab(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
                return (i + 1, tab + 1);
        }
        return null;
    }

    private static (int Line, int Column)? Find(string[] lines, string text)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
                return (i + 1, at + 1);
        }
        return null;
    }

    /// <summary>The last bracket left open on the lines up to <paramref name="line"/> (quotes and comments are not parsed: a hint, not a parser).</summary>
    private static (int Line, int Column)? Unclosed(string[] lines, int line, char open, char close)
    {
        var stack = new Stack<(int, int)>();
        for (var i = 0; i < Math.Min(line, lines.Length); i++)
        {
            for (var j = 0; j < lines[i].Length; j++)
            {
                if (lines[i][j] == open)
                    stack.Push((i + 1, j + 1));
                else if (lines[i][j] == close && stack.Count > 0)
                    stack.Pop();
            }
        }
        return stack.Count > 0 ? stack.Peek() : null;
    }

    /// <summary>A <c>key:value</c> line (no space after the colon) at or just above the line the parser stopped at.</summary>
    private static (int Line, int Column, string Text, string Key, string Value)? MissingSpace(string[] lines, int line)
    {
        for (var i = Math.Min(line, lines.Length) - 1; i >= Math.Max(0, line - 3); i--)
        {
            var match = KeyWithoutSpace().Match(lines[i].TrimEnd('\r'));
            if (match.Success && !match.Groups[3].Value.StartsWith("//", StringComparison.Ordinal))
                return (i + 1, match.Groups[2].Index + match.Groups[2].Length + 1, match.Groups[2].Value + ":" + match.Groups[3].Value,
                    match.Groups[2].Value, match.Groups[3].Value);
        }
        return null;
    }

    [GeneratedRegex(@"^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*):([^\s:].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyWithoutSpace();

    [GeneratedRegex(@"anchor '([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorName();
}
