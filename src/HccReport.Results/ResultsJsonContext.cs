using System.Text.Json.Serialization;

namespace HccReport.Results;

/// <summary>
/// Serialization code for the results model generated at compile time. Reflection-based metadata for the whole
/// model was built afresh in every process, a tenth of a second of a cold report render; the generated code is
/// ready at start-up and writes the same bytes.
/// </summary>
[JsonSerializable(typeof(ReportResults))]
internal sealed partial class ResultsJsonContext : JsonSerializerContext;
