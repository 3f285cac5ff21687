using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HccReport.Results;

/// <summary>
/// Reads and writes results.json: snake_case keys, full-precision numbers, null for values that do not
/// exist, "\n" line endings and UTF-8 without BOM, so the same results always give the same bytes.
/// </summary>
public static class ResultsJson
{
    /// <summary>The serializer options for results.json.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>results.json's bytes for these results.</summary>
    public static byte[] Serialize(ReportResults results)
    {
        var json = JsonSerializer.Serialize(results, Options);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(json + "\n");
    }

    /// <summary>
    /// results.json's bytes as a report folder carries them: <see cref="Serialize"/>, with the counts below
    /// <see cref="ReportResults.SuppressBelow"/> masked by <see cref="CountSuppression"/>. The same bytes as
    /// <see cref="Serialize"/> when suppression is off.
    /// </summary>
    public static byte[] SerializeForReport(ReportResults results)
    {
        if (!CountSuppression.IsOn(results.SuppressBelow)) return Serialize(results);
        var (json, _) = CountSuppression.Apply(results);
        var text = json.ToJsonString(Options);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text + "\n");
    }

    /// <summary>Results read back from results.json text.</summary>
    public static ReportResults Deserialize(string json) =>
        JsonSerializer.Deserialize<ReportResults>(json, Options)
        ?? throw new JsonException("results.json holds null");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // Labels such as "AFP>400ng/mL" or Chinese centre names stay readable in the file.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new AnalysesConverter());
        options.TypeInfoResolver = ResultsJsonContext.Default;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes the analyses list as an object keyed by analysis id, keeping spec order.</summary>
    private sealed class AnalysesConverter : JsonConverter<IReadOnlyList<AnalysisResult>>
    {
        public override IReadOnlyList<AnalysisResult> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("analyses must be an object keyed by analysis id");
            var list = new List<AnalysisResult>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var id = reader.GetString() ?? throw new JsonException("analysis id is null");
                reader.Read();
                var analysis = JsonSerializer.Deserialize<AnalysisResult>(ref reader, options)
                    ?? throw new JsonException($"analysis '{id}' is null");
                list.Add(analysis with { Id = id });
            }
            return list;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<AnalysisResult> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var analysis in value)
            {
                writer.WritePropertyName(analysis.Id);
                JsonSerializer.Serialize(writer, analysis, options);
            }
            writer.WriteEndObject();
        }
    }
}
