using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HccReport.Core.Spec;

/// <summary>Small facts about YAML nodes: null, numbers and booleans as YAML 1.2's core schema writes them.</summary>
internal static class YamlShape
{
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar when IsNull(scalar) => "empty",
        YamlScalarNode scalar => "'" + Diagnostics.DiagnosticCatalog.Shorten(scalar.Value ?? "") + "'",
        _ => "an alias",
    };

    public static bool TryNumber(string text, out double value)
    {
        value = 0;
        if (text.Length == 0 || text.Contains(',') || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            return false;
        return double.IsFinite(value);
    }

    public static bool TryBool(string text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
