using System.Globalization;
using HccReport.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HccReport.Core.Spec;

/// <summary>
/// Reads one YAML mapping of the spec against the keys it may have. Unknown keys are reported (with a "did you
/// mean") when the reader is made; every getter reports a wrong type or a missing required key and returns null,
/// so reading goes on and every problem is collected.
/// </summary>
internal sealed class YamlMapping
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlMapping(SpecReadContext context, YamlMappingNode node, string where, IReadOnlyCollection<string> allowed)
    {
        Context = context;
        Node = node;
        Where = where;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                context.Add(DiagnosticCatalog.WrongType(context.At(keyNode), where + " key", "a name", YamlShape.Describe(keyNode)));
                continue;
            }
            if (!allowed.Contains(key))
            {
                context.Add(DiagnosticCatalog.UnknownKey(context.At(keyNode), key, where, allowed));
                continue;
            }
            _entries[key] = (scalarKey, value);
        }
    }

    public SpecReadContext Context { get; }

    public YamlMappingNode Node { get; }

    public string Where { get; }

    public SpecLocation Location => Context.At(Node);

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Value(string key) =>
        _entries.TryGetValue(key, out var entry) && !YamlShape.IsNull(entry.Value) ? entry.Value : null;

    public SpecLocation KeyLocation(string key) =>
        _entries.TryGetValue(key, out var entry) ? Context.At(entry.Key) : Location;

    public SpecLocation ValueLocation(string key) =>
        _entries.TryGetValue(key, out var entry) ? Context.At(entry.Value) : Location;

    /// <summary>How messages name the root mapping; its keys are named alone (<c>data</c>, not <c>the spec.data</c>).</summary>
    public const string RootName = "the spec";

    private string Path(string key) => Where == RootName ? key : Where + "." + key;

    private void ReportMissing(string key) => Context.Add(DiagnosticCatalog.MissingKey(Location, key, Where));

    /// <summary>A scalar as text; numbers and booleans are returned as written.</summary>
    public string? String(string key, bool required = false)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required)
                ReportMissing(key);
            return null;
        }
        if (node is YamlScalarNode scalar)
            return scalar.Value ?? "";
        Context.Add(DiagnosticCatalog.WrongType(Context.At(node), Path(key), "a text", YamlShape.Describe(node)));
        return null;
    }

    public SpecName? Name(string key, bool required = false)
    {
        var text = String(key, required);
        return text is null ? null : new SpecName(text, ValueLocation(key));
    }

    public SpecExpression? Expression(string key, bool required = false)
    {
        var node = Value(key);
        var text = String(key, required);
        return text is null || node is null ? null : new SpecExpression(text, Context.ExpressionStart(node), Path(key));
    }

    public double? Number(string key, bool required = false)
    {
        var node = Value(key);
        var text = String(key, required);
        if (text is null || node is null)
            return null;
        if (YamlShape.TryNumber(text, out var value))
            return value;
        Context.Add(DiagnosticCatalog.WrongType(Context.At(node), Path(key), "a number", "'" + text + "'"));
        return null;
    }

    public int? Integer(string key)
    {
        var node = Value(key);
        var text = String(key);
        if (text is null || node is null)
            return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        Context.Add(DiagnosticCatalog.WrongType(Context.At(node), Path(key), "a whole number", "'" + text + "'"));
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Value(key);
        var text = String(key);
        if (text is null || node is null)
            return null;
        if (YamlShape.TryBool(text, out var value))
            return value;
        Context.Add(DiagnosticCatalog.WrongType(Context.At(node), Path(key), "true or false", "'" + text + "'"));
        return null;
    }

    /// <summary>A scalar that must be one of the spelled values (matched exactly, as written in the docs).</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, bool required = false) where T : struct
    {
        var node = Value(key);
        var text = String(key, required);
        if (text is null || node is null)
            return null;
        if (choices.TryGetValue(text, out var value))
            return value;
        Context.Add(DiagnosticCatalog.InvalidValue(Context.At(node), Path(key), text, choices.Keys.ToArray()));
        return null;
    }

    public YamlMapping? Mapping(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required)
                ReportMissing(key);
            return null;
        }
        if (node is YamlMappingNode mapping)
            return new YamlMapping(Context, mapping, Path(key), allowed);
        var example = allowed.FirstOrDefault() ?? "key";
        Context.Add(DiagnosticCatalog.WrongType(Context.At(node), Path(key), "a mapping of keys", YamlShape.Describe(node),
            $"write '{key}:' alone on its line and its keys indented below it, e.g. '  {example}: ...'."));
        return null;
    }

    /// <summary>The raw mapping under a key whose own keys are names (derive, endpoints, types...).</summary>
    public YamlMappingNode? RawMapping(string key)
    {
        var node = Value(key);
        if (node is null)
            return null;
        if (node is YamlMappingNode mapping)
            return mapping;
        Context.Add(DiagnosticCatalog.WrongType(Context.At(node), Path(key), "a mapping of names", YamlShape.Describe(node)));
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required = false)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required)
                ReportMissing(key);
            return null;
        }
        if (node is YamlSequenceNode sequence)
            return sequence;
        Context.Add(DiagnosticCatalog.WrongType(Context.At(node), Path(key), "a list", YamlShape.Describe(node),
            node is YamlMappingNode ? "start each entry with '- ', e.g. '  - id: ...'." : null));
        return null;
    }

    /// <summary>A list of names; a single scalar is taken as a list of one.</summary>
    public IReadOnlyList<SpecName> Names(string key, bool required = false)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required)
                ReportMissing(key);
            return [];
        }
        if (node is YamlScalarNode { Value: { } single })
            return [new SpecName(single, Context.At(node))];
        if (node is not YamlSequenceNode sequence)
        {
            Context.Add(DiagnosticCatalog.WrongType(Context.At(node), Path(key), "a list of names", YamlShape.Describe(node)));
            return [];
        }
        var names = new List<SpecName>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } name } && !YamlShape.IsNull(item))
                names.Add(new SpecName(name, Context.At(item)));
            else
                Context.Add(DiagnosticCatalog.WrongType(Context.At(item), Path(key) + " item", "a name", YamlShape.Describe(item)));
        }
        return names;
    }

    /// <summary>A list of numbers; a single number is taken as a list of one.</summary>
    public IReadOnlyList<double> Numbers(string key)
    {
        var node = Value(key);
        if (node is null)
            return [];
        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence : [node];
        var numbers = new List<double>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } text } && YamlShape.TryNumber(text, out var value))
                numbers.Add(value);
            else
                Context.Add(DiagnosticCatalog.WrongType(Context.At(item), Path(key) + " item", "a number", YamlShape.Describe(item)));
        }
        return numbers;
    }
}
