using System.Globalization;
using HccReport.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HccReport.Core.Spec;

/// <summary>
/// Reads a YAML analysis spec into a <see cref="ReportSpec"/>. Every problem (YAML syntax, unknown or missing keys,
/// wrong types, duplicate ids, unknown endpoints) is collected with its file, line and column; the data are not
/// read here (see <c>Study</c>).
/// </summary>
public static class SpecLoader
{
    private static readonly string[] RootKeys =
    [
        "title", "subtitle", "time_unit", "compat", "confidence_level", "style", "page_size", "template", "font",
        "suppress_below", "synthetic", "data_note", "data", "variables", "derive", "cohort", "endpoints", "analyses", "expect",
    ];
    private static readonly string[] DataKeys =
        ["path", "sheet", "id", "separator", "missing", "date_format", "types", "on_bad_cell", "labels"];
    private static readonly string[] VariableKeys = ["label", "reference"];
    private static readonly string[] CohortKeys = ["screened", "include", "exclude", "included", "groups", "steps"];
    private static readonly string[] IncludeKeys = ["criterion", "when"];
    private static readonly string[] ExcludeKeys = ["reason", "when"];
    private static readonly string[] StepKeys = ["label", "when", "split"];
    private static readonly string[] EndpointKeys = ["label", "time", "event"];
    private static readonly string[] SpanKeys = ["from", "to", "unit"];
    private static readonly string[] CommonAnalysisKeys = ["id", "kind", "title", "caption", "where"];
    private static readonly string[] KmKeys = ["endpoint", "by", "at", "ci", "follow_up", "rmst", "test", "breaks", "figure"];
    private static readonly string[] KmTestKeys = ["method", "strata"];
    private static readonly string[] FigureKeys = ["bands", "median_lines", "cumulative", "percent", "xmax"];
    private static readonly string[] CoxKeys = ["endpoint", "covariates", "ties", "strata", "reference", "ph_test", "select"];
    private static readonly string[] LogisticKeys = ["outcome", "outcome_label", "covariates", "reference", "interval", "select"];
    private static readonly string[] BaselineKeys = ["by", "rows", "effect", "overall", "continuous", "continuous_test"];
    private static readonly string[] SubgroupKeys = ["endpoint", "by", "reference", "subgroups"];
    private static readonly string[] SelectKeys = ["screen_p", "method", "entry_p", "removal_p", "entry_test", "removal_test"];
    private static readonly string[] ExpectKeys = ["path", "printed", "rounding", "source"];

    private static readonly Dictionary<AnalysisKind, string[]> KindKeys = new()
    {
        [AnalysisKind.KaplanMeier] = KmKeys, [AnalysisKind.Cox] = CoxKeys, [AnalysisKind.Logistic] = LogisticKeys,
        [AnalysisKind.Baseline] = BaselineKeys, [AnalysisKind.Subgroup] = SubgroupKeys,
    };
    private static readonly string[] AnyAnalysisKey =
        [.. CommonAnalysisKeys.Concat(KmKeys).Concat(CoxKeys).Concat(LogisticKeys).Concat(BaselineKeys).Concat(SubgroupKeys).Distinct()];

    private static readonly Dictionary<string, CompatMode> CompatChoices = new() { ["r"] = CompatMode.R, ["spss"] = CompatMode.Spss };
    private static readonly Dictionary<string, NumberStyle> StyleChoices = new()
    {
        ["default"] = NumberStyle.Default, ["nejm"] = NumberStyle.Nejm, ["jama"] = NumberStyle.Jama, ["lancet"] = NumberStyle.Lancet,
    };
    private static readonly Dictionary<string, PageSize> PageChoices = new() { ["a4"] = PageSize.A4, ["letter"] = PageSize.Letter };
    private static readonly Dictionary<string, ColumnType> TypeChoices = new()
    {
        ["number"] = ColumnType.Number, ["date"] = ColumnType.Date, ["boolean"] = ColumnType.Boolean,
        ["text"] = ColumnType.Text, ["categorical"] = ColumnType.Categorical,
    };
    private static readonly Dictionary<string, BadCellPolicy> BadCellChoices = new() { ["error"] = BadCellPolicy.Error, ["missing"] = BadCellPolicy.Missing };
    private static readonly Dictionary<string, TimeUnit> UnitChoices = new()
    {
        ["days"] = TimeUnit.Days, ["weeks"] = TimeUnit.Weeks, ["months"] = TimeUnit.Months, ["years"] = TimeUnit.Years,
    };
    private static readonly Dictionary<string, ConfidenceIntervalType> CiChoices = new()
    {
        ["log"] = ConfidenceIntervalType.Log, ["log-log"] = ConfidenceIntervalType.LogLog, ["plain"] = ConfidenceIntervalType.Plain,
    };
    private static readonly Dictionary<string, SurvivalTest> TestChoices = new()
    {
        ["logrank"] = SurvivalTest.LogRank, ["peto-peto"] = SurvivalTest.PetoPeto, ["none"] = SurvivalTest.None,
    };
    private static readonly Dictionary<string, TiesMethod> TiesChoices = new() { ["efron"] = TiesMethod.Efron, ["breslow"] = TiesMethod.Breslow };
    private static readonly Dictionary<string, LogisticInterval> IntervalChoices = new() { ["wald"] = LogisticInterval.Wald, ["profile"] = LogisticInterval.Profile };
    private static readonly Dictionary<string, BaselineEffect> EffectChoices = new() { ["none"] = BaselineEffect.None, ["odds_ratio"] = BaselineEffect.OddsRatio };
    private static readonly Dictionary<string, ContinuousSummary> ContinuousChoices = new()
    {
        ["median_iqr"] = ContinuousSummary.MedianIqr, ["mean_sd"] = ContinuousSummary.MeanSd,
    };
    private static readonly Dictionary<string, ContinuousTest> ContinuousTestChoices = new()
    {
        ["wilcoxon"] = ContinuousTest.Wilcoxon, ["t"] = ContinuousTest.T, ["kruskal"] = ContinuousTest.Kruskal, ["anova"] = ContinuousTest.Anova,
    };
    private static readonly Dictionary<string, SelectionMethod> MethodChoices = new()
    {
        ["enter"] = SelectionMethod.Enter, ["forward"] = SelectionMethod.Forward, ["backward"] = SelectionMethod.Backward, ["stepwise"] = SelectionMethod.Stepwise,
    };
    private static readonly Dictionary<string, EntryTest> EntryTestChoices = new() { ["score"] = EntryTest.Score };
    private static readonly Dictionary<string, RemovalTest> RemovalTestChoices = new() { ["lr"] = RemovalTest.LikelihoodRatio, ["wald"] = RemovalTest.Wald };
    private static readonly Dictionary<string, AnalysisKind> KindChoices = new()
    {
        ["km"] = AnalysisKind.KaplanMeier, ["cox"] = AnalysisKind.Cox, ["logistic"] = AnalysisKind.Logistic,
        ["baseline"] = AnalysisKind.Baseline, ["subgroup"] = AnalysisKind.Subgroup,
    };

    /// <summary>Reads the spec file; every problem found is thrown together.</summary>
    /// <param name="path">Path of the YAML spec; relative paths inside it are resolved against its folder.</param>
    /// <exception cref="SpecException">The file is missing, or the spec has at least one error.</exception>
    public static ReportSpec Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var spec = TryLoad(path, diagnostics);
        diagnostics.ThrowIfErrors();
        return spec!;
    }

    /// <summary>Reads the spec file, adding every problem to <paramref name="diagnostics"/>.</summary>
    /// <returns>The spec, or null when a problem prevents building it (the problems say which).</returns>
    public static ReportSpec? TryLoad(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (Directory.Exists(path))
        {
            diagnostics.Add(DiagnosticCatalog.SpecIsFolder(path));
            return null;
        }
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxSpecBytes)
            {
                diagnostics.Add(DiagnosticCatalog.WrongType(new SpecLocation(path, 1, 1), "the spec",
                    string.Create(CultureInfo.InvariantCulture, $"a YAML file of at most {MaxSpecBytes} bytes"),
                    string.Create(CultureInfo.InvariantCulture, $"a file of {info.Length} bytes"), "check that the path names the spec, not the data."));
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(DiagnosticCatalog.SpecFileNotFound(path));
            return null;
        }
        var text = Decode(bytes, path, diagnostics);
        return text is null ? null : TryParse(text, path, diagnostics);
    }

    /// <summary>A spec larger than this is not a spec (a data file given by mistake); real specs are a few kilobytes.</summary>
    public const long MaxSpecBytes = 4 * 1024 * 1024;

    /// <summary>Nesting deeper than this is refused before YamlDotNet's recursive loader can overflow the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The spec's text: UTF-8 with or without BOM, or UTF-16/32 with a BOM (as Windows editors save "Unicode"). Invalid
    /// UTF-8 is an error naming the line and column: decoding it with replacement characters would put "Besan\uFFFDon" in a
    /// title without a word.
    /// </summary>
    private static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        ReadOnlySpan<byte> data = bytes;
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        var bom = data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        data = data[bom..];
        if (System.Text.Unicode.Utf8.IsValid(data))
            return System.Text.Encoding.UTF8.GetString(data);
        var buffer = new char[data.Length];
        System.Text.Unicode.Utf8.ToUtf16(data, buffer, out var valid, out _, replaceInvalidSequences: false);
        var before = data[..valid];
        var line = 1 + before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1 + System.Text.Encoding.UTF8.GetCharCount(before[lineStart..]);
        diagnostics.Add(DiagnosticCatalog.SpecInvalidEncoding(new SpecLocation(path, line, column), bom + valid, data[valid]));
        return null;
    }

    /// <summary>Reads a spec from YAML text, as if it were the file <paramref name="path"/> (used for its folder and in locations).</summary>
    /// <exception cref="SpecException">The spec has at least one error.</exception>
    public static ReportSpec Parse(string yaml, string path)
    {
        var diagnostics = new DiagnosticBag();
        var spec = TryParse(yaml, path, diagnostics);
        diagnostics.ThrowIfErrors();
        return spec!;
    }

    /// <summary>Reads a spec from YAML text, adding every problem to <paramref name="diagnostics"/>.</summary>
    /// <returns>The spec, or null when a problem prevents building it.</returns>
    public static ReportSpec? TryParse(string yaml, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var context = new SpecReadContext(path, diagnostics);
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(new Parser(new StringReader(yaml)), MaxDepth);
        try
        {
            stream.Load(parser);
        }
        catch (ArgumentException e) when (e.ParamName == "parser")
        {
            // YamlDotNet's node loader refuses some well-formed events (a key with no name, ": value") with an
            // argument exception rather than a YamlException; it is still a problem of the spec's text.
            var at = parser.Current?.Start ?? Mark.Empty;
            diagnostics.Add(DiagnosticCatalog.YamlSyntax(context.At(at),
                "it has a node this reader cannot take here (" + e.Message.Split(" (Parameter", 2)[0].TrimEnd('.') + ").",
                "check for a key without a name, such as a line that starts with ':'."));
            return null;
        }
        catch (DepthLimitedParser.TooDeepException e)
        {
            diagnostics.Add(DiagnosticCatalog.TooDeep(context.At(e.Start), e.Limit));
            return null;
        }
        catch (YamlException e)
        {
            var message = YamlSyntaxError.ParserMessage(e);
            // YamlDotNet refuses a mapping with a key twice ("Duplicate key os"); that is a duplicate id to the user.
            if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateKey(context.At(e.Start), message["Duplicate key ".Length..]));
                return null;
            }
            var explained = YamlSyntaxError.Explain(e, yaml);
            diagnostics.Add(DiagnosticCatalog.YamlSyntax(new SpecLocation(path, explained.Line, explained.Column), explained.Message, explained.Fix));
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(DiagnosticCatalog.SeveralDocuments(DocumentSeparator(yaml, stream.Documents[1], context), stream.Documents.Count));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? new SpecLocation(path, 1, 1) : context.At(stream.Documents[0].RootNode);
            diagnostics.Add(DiagnosticCatalog.WrongType(at, "the spec", "a mapping of keys (title:, data:, analyses: ...)",
                stream.Documents.Count == 0 ? "empty" : YamlShape.Describe(stream.Documents[0].RootNode),
                "write one key per line at the left margin, e.g. 'title: My study' then 'data:' with 'path: cohort.csv' indented below it."));
            return null;
        }
        return new SpecBuilder(context, Path.GetFullPath(path)).Build(root);
    }

    /// <summary>The '---' line that starts the second document, else where its content starts.</summary>
    private static SpecLocation DocumentSeparator(string yaml, YamlDocument second, SpecReadContext context)
    {
        var at = context.At(second.RootNode);
        var lines = yaml.Split('\n');
        for (var i = Math.Min(at.Line, lines.Length) - 1; i >= 0; i--)
        {
            if (lines[i].StartsWith("---", StringComparison.Ordinal))
                return new SpecLocation(at.File, i + 1, 1);
        }
        return at;
    }

    /// <summary>Builds the model from the root mapping; one instance per read.</summary>
    private sealed class SpecBuilder(SpecReadContext context, string fullPath)
    {
        private readonly string _folder = Path.GetDirectoryName(fullPath) ?? ".";

        // Every analysis id written, including those of analyses with other errors, so expect paths are checked against what the author wrote.
        private readonly HashSet<string> _analysisIds = new(StringComparer.Ordinal);

        public ReportSpec? Build(YamlMappingNode rootNode)
        {
            var root = new YamlMapping(context, rootNode, YamlMapping.RootName, RootKeys);
            var data = ReadData(root);
            var endpoints = ReadEndpoints(root);
            var analyses = ReadAnalyses(root, endpoints);
            // Every part is read even when the data part is broken, so that all problems are reported at once.
            var variables = ReadVariables(root);
            var derive = ReadDerive(root);
            var cohort = ReadCohort(root);
            var expect = ReadExpect(root);
            var confidence = root.Number("confidence_level");
            if (confidence is <= 0 or >= 1)
            {
                context.Add(DiagnosticCatalog.InvalidValue(root.ValueLocation("confidence_level"), "confidence_level",
                    confidence.Value.ToString("R", CultureInfo.InvariantCulture), "it must lie strictly between 0 and 1, e.g. 0.95"));
                confidence = null;
            }
            var suppress = root.Integer("suppress_below");
            if (suppress is < 1)
            {
                context.Add(DiagnosticCatalog.InvalidValue(root.ValueLocation("suppress_below"), "suppress_below",
                    suppress.Value.ToString(CultureInfo.InvariantCulture), "it must be 1 or more"));
                suppress = null;
            }
            var title = root.String("title");
            var subtitle = root.String("subtitle");
            var timeUnit = root.String("time_unit");
            var compat = root.Choice("compat", CompatChoices);
            var style = root.Choice("style", StyleChoices);
            var pageSize = root.Choice("page_size", PageChoices);
            var template = root.String("template");
            var font = root.String("font");
            var synthetic = root.Bool("synthetic");
            var dataNote = root.String("data_note");
            var spec = data is null ? null : new ReportSpec
            {
                FilePath = fullPath,
                Title = title ?? Path.GetFileNameWithoutExtension(fullPath),
                Subtitle = subtitle,
                TimeUnit = timeUnit ?? "months",
                Compat = compat ?? CompatMode.R,
                ConfidenceLevel = confidence ?? 0.95,
                Style = style ?? NumberStyle.Default,
                PageSize = pageSize ?? PageSize.A4,
                Template = template is null ? null : Resolve(template),
                Font = font,
                SuppressBelow = suppress,
                Synthetic = synthetic ?? false,
                DataNote = dataNote,
                Data = data,
                Variables = variables,
                Derive = derive,
                Cohort = cohort,
                Endpoints = endpoints,
                Analyses = analyses,
                Expect = expect,
                Location = context.At(rootNode),
            };
            if (data is null && !root.Has("data"))
                context.Add(DiagnosticCatalog.MissingKey(root.Location, "data", "the spec", "add 'data:' with 'path: <your .csv or .xlsx file>' indented below it."));
            return spec;
        }

        private string Resolve(string path) => Path.GetFullPath(Path.Combine(_folder, path));

        private DataSpec? ReadData(YamlMapping root)
        {
            var data = root.Mapping("data", DataKeys);
            if (data is null)
                return null;
            var path = data.String("path", required: true);
            var separator = ReadSeparator(data);
            var missing = ReadMissing(data);
            var types = new List<ColumnTypeSpec>();
            if (data.RawMapping("types") is { } typesNode)
            {
                foreach (var (key, value) in typesNode.Children)
                {
                    var name = ScalarText(key);
                    var type = value is YamlScalarNode { Value: { } t } ? t : null;
                    if (name is null)
                        continue;
                    if (type is not null && TypeChoices.TryGetValue(type, out var columnType))
                        types.Add(new ColumnTypeSpec(new SpecName(name, context.At(key)), columnType));
                    else
                        context.Add(DiagnosticCatalog.InvalidValue(context.At(value), "data.types." + name, type ?? YamlShape.Describe(value), TypeChoices.Keys.ToArray()));
                }
            }
            var labels = new List<ColumnLabelsSpec>();
            if (data.RawMapping("labels") is { } labelsNode)
            {
                foreach (var (key, value) in labelsNode.Children)
                {
                    var name = ScalarText(key);
                    if (name is null)
                        continue;
                    if (value is not YamlMappingNode pairs)
                    {
                        context.Add(DiagnosticCatalog.WrongType(context.At(value), "data.labels." + name, "a mapping of value: label", YamlShape.Describe(value)));
                        continue;
                    }
                    var list = new List<ValueLabel>();
                    foreach (var (code, label) in pairs.Children)
                    {
                        var codeText = ScalarText(code);
                        var labelText = ScalarText(label);
                        if (codeText is not null && labelText is not null)
                            list.Add(new ValueLabel(codeText, labelText));
                    }
                    labels.Add(new ColumnLabelsSpec(new SpecName(name, context.At(key)), list));
                }
            }
            if (path is null)
                return null;
            return new DataSpec
            {
                Path = Resolve(path),
                PathAsWritten = path,
                DisplayPath = Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(context.File) ?? "", path),
                Sheet = data.String("sheet"),
                SheetLocation = data.Has("sheet") ? data.ValueLocation("sheet") : null,
                Id = data.Name("id"),
                Separator = separator,
                Missing = missing,
                DateFormat = data.String("date_format"),
                Types = types,
                OnBadCell = data.Choice("on_bad_cell", BadCellChoices) ?? BadCellPolicy.Error,
                Labels = labels,
                Location = data.Location,
            };
        }

        private char? ReadSeparator(YamlMapping data)
        {
            var text = data.String("separator");
            switch (text)
            {
                case null or "auto":
                    return null;
                case "," or ";" or "|":
                    return text[0];
                case "\t" or "\\t" or "tab":
                    return '\t';
                default:
                    context.Add(DiagnosticCatalog.InvalidValue(data.ValueLocation("separator"), "data.separator", text, ["auto", ",", ";", "\\t", "|"]));
                    return null;
            }
        }

        private IReadOnlyList<string> ReadMissing(YamlMapping data)
        {
            var node = data.Value("missing");
            if (node is null)
                return DataSpec.DefaultMissing;
            IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence : [node];
            var markers = new List<string>();
            foreach (var item in items)
            {
                if (item is YamlScalarNode scalar)
                    markers.Add(scalar.Value ?? "");
                else
                    context.Add(DiagnosticCatalog.WrongType(context.At(item), "data.missing item", "a text", YamlShape.Describe(item)));
            }
            return markers;
        }

        private IReadOnlyList<VariableSpec> ReadVariables(YamlMapping root)
        {
            var variables = new List<VariableSpec>();
            if (root.RawMapping("variables") is not { } node)
                return variables;
            foreach (var (key, value) in node.Children)
            {
                var name = ScalarText(key);
                if (name is null)
                    continue;
                var at = context.At(key);
                if (value is YamlScalarNode { Value: { } label } && !YamlShape.IsNull(value))
                {
                    // A bare string is taken as the label: "age_gt50: Age > 50 years".
                    variables.Add(new VariableSpec { Name = new SpecName(name, at), Label = label, Location = at });
                    continue;
                }
                if (value is not YamlMappingNode mapping)
                {
                    context.Add(DiagnosticCatalog.WrongType(context.At(value), "variables." + name, "a mapping with label and reference", YamlShape.Describe(value)));
                    continue;
                }
                var entry = new YamlMapping(context, mapping, "variables." + name, VariableKeys);
                variables.Add(new VariableSpec
                {
                    Name = new SpecName(name, at), Label = entry.String("label"), Reference = entry.String("reference"), Location = at,
                    ReferenceLocation = entry.Has("reference") ? entry.ValueLocation("reference") : null,
                });
            }
            return variables;
        }

        private IReadOnlyList<DerivedVariableSpec> ReadDerive(YamlMapping root)
        {
            var derived = new List<DerivedVariableSpec>();
            if (root.RawMapping("derive") is not { } node)
                return derived;
            foreach (var (key, value) in node.Children)
            {
                var name = ScalarText(key);
                if (name is null)
                    continue;
                if (value is YamlScalarNode { Value: { } text } && !YamlShape.IsNull(value))
                    derived.Add(new DerivedVariableSpec(new SpecName(name, context.At(key)), new SpecExpression(text, context.ExpressionStart(value), "derive." + name)));
                else
                    context.Add(DiagnosticCatalog.WrongType(context.At(value), "derive." + name, "an expression", YamlShape.Describe(value)));
            }
            return derived;
        }

        private CohortSpec? ReadCohort(YamlMapping root)
        {
            var cohort = root.Mapping("cohort", CohortKeys);
            if (cohort is null)
                return null;
            return new CohortSpec
            {
                ScreenedLabel = cohort.String("screened"),
                Include = ReadCriteria(cohort, "include", "criterion", IncludeKeys),
                Exclude = ReadCriteria(cohort, "exclude", "reason", ExcludeKeys),
                IncludedLabel = cohort.String("included"),
                Groups = cohort.Name("groups"),
                Steps = ReadSteps(cohort),
                Location = cohort.Location,
            };
        }

        private List<CriterionSpec> ReadCriteria(YamlMapping cohort, string key, string labelKey, string[] keys)
        {
            var criteria = new List<CriterionSpec>();
            if (cohort.Sequence(key) is not { } items)
                return criteria;
            var index = 0;
            foreach (var item in items)
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"cohort.{key}[{index++}]");
                if (item is not YamlMappingNode node)
                {
                    context.Add(DiagnosticCatalog.WrongType(context.At(item), where, $"a mapping with {labelKey} and when", YamlShape.Describe(item)));
                    continue;
                }
                var entry = new YamlMapping(context, node, where, keys);
                var label = entry.String(labelKey, required: true);
                var when = entry.Expression("when", required: true);
                if (label is not null && when is not null)
                    criteria.Add(new CriterionSpec(label, when, entry.Location));
            }
            return criteria;
        }

        private List<FlowStepSpec> ReadSteps(YamlMapping cohort)
        {
            var steps = new List<FlowStepSpec>();
            if (cohort.Sequence("steps") is not { } items)
                return steps;
            var index = 0;
            foreach (var item in items)
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"cohort.steps[{index++}]");
                if (item is not YamlMappingNode node)
                {
                    context.Add(DiagnosticCatalog.WrongType(context.At(item), where, "a mapping with label and when or split", YamlShape.Describe(item)));
                    continue;
                }
                var entry = new YamlMapping(context, node, where, StepKeys);
                var label = entry.String("label", required: true);
                var when = entry.Expression("when");
                var split = entry.Name("split");
                if (when is not null && split is not null)
                    context.Add(DiagnosticCatalog.Conflict(entry.Location, "when", "split", where));
                else if (when is null && split is null && !entry.Has("when") && !entry.Has("split"))
                    context.Add(DiagnosticCatalog.MissingKey(entry.Location, "when' or 'split", where));
                else if (label is not null && (when is not null || split is not null))
                    steps.Add(new FlowStepSpec
                    {
                        Label = label, Kind = when is not null ? FlowStepKind.Subset : FlowStepKind.Split,
                        When = when, Split = split, Location = entry.Location,
                    });
            }
            return steps;
        }

        private List<EndpointSpec> ReadEndpoints(YamlMapping root)
        {
            var endpoints = new List<EndpointSpec>();
            if (root.RawMapping("endpoints") is not { } node)
                return endpoints;
            foreach (var (key, value) in node.Children)
            {
                var id = ScalarText(key);
                if (id is null)
                    continue;
                var where = "endpoints." + id;
                if (value is not YamlMappingNode mapping)
                {
                    context.Add(DiagnosticCatalog.WrongType(context.At(value), where, "a mapping with label, time and event", YamlShape.Describe(value)));
                    continue;
                }
                var entry = new YamlMapping(context, mapping, where, EndpointKeys);
                var time = ReadTime(entry, root);
                var @event = entry.Expression("event", required: true);
                if (time is not null && @event is not null)
                    endpoints.Add(new EndpointSpec
                    {
                        Id = new SpecName(id, context.At(key)), Label = entry.String("label"), Time = time, Event = @event, Location = context.At(key),
                    });
            }
            return endpoints;
        }

        private EndpointTimeSpec? ReadTime(YamlMapping endpoint, YamlMapping root)
        {
            var node = endpoint.Value("time");
            if (node is null)
            {
                endpoint.String("time", required: true);
                return null;
            }
            if (node is YamlScalarNode)
            {
                var expression = endpoint.Expression("time");
                return expression is null ? null : new EndpointTimeSpec { Expression = expression, Location = expression.Location };
            }
            var span = endpoint.Mapping("time", SpanKeys);
            if (span is null)
                return null;
            var from = span.Name("from", required: true);
            var to = span.Name("to", required: true);
            var unit = span.Choice("unit", UnitChoices);
            if (unit is null && !span.Has("unit"))
            {
                // Without a unit the span is given in the report's time unit, when that is one of ours.
                var label = root.String("time_unit") ?? "months";
                if (UnitChoices.TryGetValue(label, out var fallback))
                    unit = fallback;
                else
                    context.Add(DiagnosticCatalog.MissingKey(span.Location, "unit", span.Where,
                        $"time_unit '{DiagnosticCatalog.Shorten(label)}' is not days, weeks, months or years, so the span needs its own: add unit: months (or days, weeks, years)."));
            }
            return from is null || to is null || unit is null
                ? null
                : new EndpointTimeSpec { From = from, To = to, Unit = unit, Location = span.Location };
        }

        private List<AnalysisSpec> ReadAnalyses(YamlMapping root, List<EndpointSpec> endpoints)
        {
            var analyses = new List<AnalysisSpec>();
            if (root.Sequence("analyses") is not { } items)
                return analyses;
            var seen = new Dictionary<string, SpecLocation>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in items)
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"analyses[{index++}]");
                if (item is not YamlMappingNode node)
                {
                    context.Add(DiagnosticCatalog.WrongType(context.At(item), where, "a mapping with id and kind", YamlShape.Describe(item)));
                    continue;
                }
                var kind = KindOf(node, where);
                // An unknown kind accepts any key of any kind, so only the kind itself is reported.
                string[] allowed = kind is { } known ? [.. CommonAnalysisKeys, .. KindKeys[known]] : AnyAnalysisKey;
                ReportKeysOfOtherKinds(node, kind);
                var entry = new YamlMapping(context, node, where, kind is null ? allowed : allowed.Union(ForeignKeys(node, kind.Value)).ToArray());
                var id = entry.Name("id", required: true);
                if (id is not null)
                {
                    _analysisIds.Add(id.Name);
                    if (seen.TryGetValue(id.Name, out var first))
                        context.Add(DiagnosticCatalog.DuplicateId(id.Location, "analysis", id.Name, first));
                    else
                        seen[id.Name] = id.Location;
                }
                AnalysisSpec? analysis = kind switch
                {
                    AnalysisKind.KaplanMeier => ReadKm(entry),
                    AnalysisKind.Cox => ReadCox(entry),
                    AnalysisKind.Logistic => ReadLogistic(entry),
                    AnalysisKind.Baseline => ReadBaseline(entry),
                    AnalysisKind.Subgroup => ReadSubgroup(entry),
                    _ => null,
                };
                if (analysis is null || id is null)
                    continue;
                analysis = analysis with
                {
                    Id = id, Title = entry.String("title"), Caption = entry.String("caption"), Where = entry.Expression("where"), Location = entry.Location,
                };
                CheckEndpoint(analysis, endpoints);
                analyses.Add(analysis);
            }
            return analyses;
        }

        /// <summary>
        /// A key of another kind (<c>covariates</c> in a km analysis) is reported as such, not as an unknown key, so the
        /// message says what is wrong: the key, or the kind.
        /// </summary>
        private void ReportKeysOfOtherKinds(YamlMappingNode node, AnalysisKind? kind)
        {
            if (kind is not { } known)
                return;
            foreach (var key in ForeignKeys(node, known))
            {
                var owners = KindKeys.Where(k => k.Value.Contains(key)).Select(k => KindChoices.First(c => c.Value == k.Key).Key).ToArray();
                var keyNode = node.Children.Keys.First(k => k is YamlScalarNode { Value: var v } && v == key);
                context.Add(DiagnosticCatalog.KeyOfAnotherKind(context.At(keyNode), key, KindChoices.First(c => c.Value == known).Key, owners));
            }
        }

        private static IEnumerable<string> ForeignKeys(YamlMappingNode node, AnalysisKind kind) =>
            node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>()
                .Where(key => !CommonAnalysisKeys.Contains(key) && !KindKeys[kind].Contains(key) && AnyAnalysisKey.Contains(key));

        private AnalysisKind? KindOf(YamlMappingNode node, string where)
        {
            foreach (var (key, value) in node.Children)
            {
                if (key is not YamlScalarNode { Value: "kind" })
                    continue;
                if (value is YamlScalarNode { Value: { } kind } && KindChoices.TryGetValue(kind, out var known))
                    return known;
                context.Add(DiagnosticCatalog.UnknownKind(context.At(value), (value as YamlScalarNode)?.Value ?? YamlShape.Describe(value), KindChoices.Keys.ToArray()));
                return null;
            }
            context.Add(DiagnosticCatalog.MissingKey(context.At(node), "kind", where, "kinds: " + string.Join(", ", KindChoices.Keys) + "."));
            return null;
        }

        private void CheckEndpoint(AnalysisSpec analysis, List<EndpointSpec> endpoints)
        {
            var endpoint = analysis switch
            {
                KaplanMeierSpec km => km.Endpoint,
                CoxSpec cox => cox.Endpoint,
                SubgroupSpec subgroup => subgroup.Endpoint,
                _ => null,
            };
            if (endpoint is not null && !endpoints.Exists(e => e.Id.Name == endpoint.Name))
                context.Add(DiagnosticCatalog.UnknownEndpoint(endpoint.Location, endpoint.Name, endpoints.Select(e => e.Id.Name)));
        }

        // The placeholders below are replaced by ReadAnalyses ("with"), which owns the common keys.
        private static readonly SpecName NoId = new("", new SpecLocation("", 1, 1));

        private KaplanMeierSpec? ReadKm(YamlMapping entry)
        {
            var endpoint = entry.Name("endpoint", required: true);
            var (test, strata) = ReadKmTest(entry);
            var figure = entry.Mapping("figure", FigureKeys);
            if (endpoint is null)
                return null;
            return new KaplanMeierSpec
            {
                Id = NoId, Location = entry.Location, Endpoint = endpoint, By = entry.Name("by"), At = entry.Numbers("at"),
                Ci = entry.Choice("ci", CiChoices) ?? ConfidenceIntervalType.Log, FollowUp = entry.Bool("follow_up") ?? false,
                Rmst = Positive(entry, "rmst"), Test = test, TestStrata = strata, Breaks = Positive(entry, "breaks"),
                Figure = figure is null ? new KaplanMeierFigureSpec() : new KaplanMeierFigureSpec
                {
                    Bands = figure.Bool("bands") ?? false, MedianLines = figure.Bool("median_lines") ?? false,
                    Cumulative = figure.Bool("cumulative") ?? false, Percent = figure.Bool("percent") ?? false, XMax = Positive(figure, "xmax"),
                },
            };
        }

        private (SurvivalTest Test, SpecName? Strata) ReadKmTest(YamlMapping entry)
        {
            if (entry.Value("test") is YamlMappingNode)
            {
                var test = entry.Mapping("test", KmTestKeys)!;
                return (test.Choice("method", TestChoices) ?? SurvivalTest.LogRank, test.Name("strata"));
            }
            return (entry.Choice("test", TestChoices) ?? SurvivalTest.LogRank, null);
        }

        private double? Positive(YamlMapping entry, string key)
        {
            var value = entry.Number(key);
            if (value is not <= 0)
                return value;
            context.Add(DiagnosticCatalog.InvalidValue(entry.ValueLocation(key), entry.Where + "." + key,
                value.Value.ToString("R", CultureInfo.InvariantCulture), "it must be greater than 0"));
            return null;
        }

        private CoxSpec? ReadCox(YamlMapping entry)
        {
            var endpoint = entry.Name("endpoint", required: true);
            var covariates = entry.Names("covariates", required: true);
            if (endpoint is null)
                return null;
            return new CoxSpec
            {
                Id = NoId, Location = entry.Location, Endpoint = endpoint, Covariates = covariates,
                Ties = entry.Choice("ties", TiesChoices), Strata = entry.Names("strata"), Reference = ReadReference(entry),
                PhTest = entry.Bool("ph_test") ?? false, Select = ReadSelect(entry),
            };
        }

        private LogisticSpec? ReadLogistic(YamlMapping entry)
        {
            var outcome = entry.Expression("outcome", required: true);
            var covariates = entry.Names("covariates", required: true);
            if (outcome is null)
                return null;
            return new LogisticSpec
            {
                Id = NoId, Location = entry.Location, Outcome = outcome, OutcomeLabel = entry.String("outcome_label"),
                Covariates = covariates, Reference = ReadReference(entry),
                Interval = entry.Choice("interval", IntervalChoices) ?? LogisticInterval.Wald, Select = ReadSelect(entry),
            };
        }

        private BaselineSpec ReadBaseline(YamlMapping entry) => new()
        {
            Id = NoId, Location = entry.Location, By = entry.Name("by"), Rows = entry.Names("rows", required: true),
            Effect = entry.Choice("effect", EffectChoices) ?? BaselineEffect.None, Overall = entry.Bool("overall") ?? false,
            Continuous = entry.Choice("continuous", ContinuousChoices) ?? ContinuousSummary.MedianIqr,
            ContinuousTest = entry.Choice("continuous_test", ContinuousTestChoices),
        };

        private SubgroupSpec? ReadSubgroup(YamlMapping entry)
        {
            var endpoint = entry.Name("endpoint", required: true);
            var by = entry.Name("by", required: true);
            var subgroups = entry.Names("subgroups", required: true);
            if (endpoint is null || by is null)
                return null;
            return new SubgroupSpec
            {
                Id = NoId, Location = entry.Location, Endpoint = endpoint, By = by, Reference = entry.String("reference"), Subgroups = subgroups,
            };
        }

        private List<ReferenceLevelSpec> ReadReference(YamlMapping entry)
        {
            var references = new List<ReferenceLevelSpec>();
            if (entry.RawMapping("reference") is not { } node)
                return references;
            foreach (var (key, value) in node.Children)
            {
                var name = ScalarText(key);
                var level = ScalarText(value);
                if (name is not null && level is not null)
                    references.Add(new ReferenceLevelSpec(new SpecName(name, context.At(key)), level, context.At(value)));
            }
            return references;
        }

        private SelectionSpec? ReadSelect(YamlMapping entry)
        {
            var select = entry.Mapping("select", SelectKeys);
            if (select is null)
                return null;
            return new SelectionSpec
            {
                ScreenP = Probability(select, "screen_p"),
                Method = select.Choice("method", MethodChoices) ?? SelectionMethod.Enter,
                EntryP = Probability(select, "entry_p") ?? 0.05,
                RemovalP = Probability(select, "removal_p") ?? 0.10,
                EntryTest = select.Choice("entry_test", EntryTestChoices) ?? EntryTest.Score,
                RemovalTest = select.Choice("removal_test", RemovalTestChoices) ?? RemovalTest.LikelihoodRatio,
                Location = select.Location,
            };
        }

        private double? Probability(YamlMapping entry, string key)
        {
            var value = entry.Number(key);
            if (value is null or (> 0 and <= 1))
                return value;
            context.Add(DiagnosticCatalog.InvalidValue(entry.ValueLocation(key), entry.Where + "." + key,
                value.Value.ToString("R", CultureInfo.InvariantCulture), "a p value threshold lies in (0, 1]"));
            return null;
        }

        private List<ExpectationSpec> ReadExpect(YamlMapping root)
        {
            var checks = new List<ExpectationSpec>();
            if (root.Sequence("expect") is not { } items)
                return checks;
            var index = 0;
            foreach (var item in items)
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"expect[{index++}]");
                if (item is not YamlMappingNode node)
                {
                    context.Add(DiagnosticCatalog.WrongType(context.At(item), where, "a mapping with path and printed", YamlShape.Describe(item)));
                    continue;
                }
                var entry = new YamlMapping(context, node, where, ExpectKeys);
                var path = entry.String("path", required: true);
                var printed = entry.String("printed", required: true);
                var rounding = entry.String("rounding");
                if (rounding is not null && !IsRounding(rounding))
                {
                    context.Add(DiagnosticCatalog.InvalidValue(entry.ValueLocation("rounding"), where + ".rounding", rounding,
                        "use decimals:N, percent:N, p or integer"));
                    rounding = null;
                }
                if (path is not null)
                    CheckExpectPath(path, entry.ValueLocation("path"));
                if (path is not null && printed is not null)
                    checks.Add(new ExpectationSpec { Path = path, Printed = printed, Rounding = rounding, Source = entry.String("source"), Location = entry.Location });
            }
            return checks;
        }

        /// <summary>
        /// The part of an expect path the spec alone can check: <c>analyses.&lt;id&gt;</c> must name an analysis. The rest
        /// of the path is checked against results.json when the report is computed.
        /// </summary>
        private void CheckExpectPath(string path, SpecLocation at)
        {
            const string Prefix = "analyses.";
            if (!path.StartsWith(Prefix, StringComparison.Ordinal))
                return;
            var end = path.IndexOfAny(['.', '['], Prefix.Length);
            var id = end < 0 ? path[Prefix.Length..] : path[Prefix.Length..end];
            if (id.Length > 0 && !_analysisIds.Contains(id))
                context.Add(DiagnosticCatalog.ExpectUnknownAnalysis(at, path, id, _analysisIds.Order(StringComparer.Ordinal)));
        }

        private static bool IsRounding(string text)
        {
            if (text is "p" or "integer")
                return true;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
                return false;
            var kind = text[..colon];
            return kind is "decimals" or "percent"
                && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && digits <= 15;
        }

        private string? ScalarText(YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } text })
                return text;
            context.Add(DiagnosticCatalog.WrongType(context.At(node), "this entry", "a single value", YamlShape.Describe(node)));
            return null;
        }
    }
}
