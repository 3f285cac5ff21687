using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HccReport.Cli.Tests.BadInput;

/// <summary>
/// What a bad-input case expects, read from its <c>expected.yaml</c> (see README.md in this folder): the exit codes,
/// the diagnostics that must appear in stderr with their place and a phrase of the fix, and for reports that are
/// made, values of results.json.
/// </summary>
internal sealed record BadInputExpectation
{
    /// <summary>What the case tests, one line.</summary>
    public required string Tests { get; init; }

    /// <summary>Set while the case waits for work elsewhere (a model not wired yet): the theory leaves it out.</summary>
    public string? Pending { get; init; }

    /// <summary>The exit code of <c>render</c>, and of <c>validate</c> unless <see cref="ValidateExit"/> says otherwise.</summary>
    public int Exit { get; init; } = 2;

    /// <summary>The exit code of <c>validate</c> when it differs (a problem only a computed report can show).</summary>
    public int? ValidateExit { get; init; }

    /// <summary>Also assert the diagnostics in render's stderr when render succeeds (warnings found while computing).</summary>
    public bool RenderWarns { get; init; }

    /// <summary>Diagnostics that must appear, each on one line of stderr.</summary>
    public IReadOnlyList<ExpectedDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Codes that must not appear in stderr.</summary>
    public IReadOnlyList<string> Absent { get; init; } = [];

    /// <summary>results.json values (path → value as text) that a successful render must hold.</summary>
    public IReadOnlyDictionary<string, string> Results { get; init; } = new Dictionary<string, string>();

    /// <summary>The exit code expected from <c>validate</c>.</summary>
    public int ValidateExitCode => ValidateExit ?? Exit;

    public static BadInputExpectation Load(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
            stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var diagnostics = new List<ExpectedDiagnostic>();
        if (Text(root, "code") is { } code)
            diagnostics.Add(ReadDiagnostic(root, code, ExitOf(root)));
        if (Child(root, "also") is YamlSequenceNode also)
        {
            foreach (var item in also.Cast<YamlMappingNode>())
                diagnostics.Add(ReadDiagnostic(item, Text(item, "code")!, ExitOf(root)));
        }
        return new BadInputExpectation
        {
            Tests = Text(root, "tests") ?? throw new InvalidDataException($"{file}: 'tests' is required"),
            Pending = Text(root, "pending"),
            Exit = ExitOf(root),
            ValidateExit = Text(root, "validate_exit") is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null,
            RenderWarns = Text(root, "render_warns") == "true",
            Diagnostics = diagnostics,
            Absent = Child(root, "absent") is YamlSequenceNode absent ? absent.Cast<YamlScalarNode>().Select(s => s.Value!).ToArray() : [],
            Results = Child(root, "results") is YamlMappingNode results
                ? results.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!)
                : new Dictionary<string, string>(),
        };
    }

    private static int ExitOf(YamlMappingNode root) =>
        Text(root, "exit") is { } exit ? int.Parse(exit, CultureInfo.InvariantCulture) : 2;

    private static ExpectedDiagnostic ReadDiagnostic(YamlMappingNode node, string code, int exit) => new(
        code,
        Text(node, "severity") ?? (exit == 0 ? "warning" : "error"),
        Text(node, "at") ?? throw new InvalidDataException($"diagnostic {code}: 'at' is required"),
        Text(node, "fix") ?? throw new InvalidDataException($"diagnostic {code}: 'fix' is required"),
        Text(node, "validate_only") == "true");

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;
}
