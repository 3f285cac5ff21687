using System.Text;

namespace HccReport.Rendering.Outputs;

/// <summary>File stems for tables/ and figures/: letters, digits, '_' and '-', unique within the folder.</summary>
internal sealed class OutputNames
{
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A safe, unused stem for <paramref name="name"/>: other characters become '_', a repeat gets "_2", "_3".</summary>
    public string Claim(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        var stem = sb.Length == 0 ? "table" : sb.ToString();
        var candidate = stem;
        for (var i = 2; !used.Add(candidate); i++) candidate = stem + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }
}
