using System.Text.Json.Serialization;

namespace HccReport.Results;

/// <summary>
/// One analysis of a spec. results.json writes the analyses as an object keyed by <see cref="Id"/>,
/// each with a <c>kind</c> member naming its type.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(KaplanMeierResult), "km")]
[JsonDerivedType(typeof(CoxResult), "cox")]
[JsonDerivedType(typeof(LogisticResult), "logistic")]
[JsonDerivedType(typeof(BaselineResult), "baseline")]
[JsonDerivedType(typeof(SubgroupResult), "subgroup")]
public abstract record AnalysisResult
{
    /// <summary>The analysis id from the spec; unique within a report.</summary>
    /// <remarks>Not <c>required</c>: in results.json the id is the analysis's key, not a member, and the reader sets it from there.</remarks>
    [JsonIgnore]
    public string Id { get; init; } = "";

    /// <summary>The kind as written in the spec: km, cox, logistic, baseline or subgroup.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>Heading of the analysis in the report (spec key <c>title</c>, else generated).</summary>
    public required string Title { get; init; }

    /// <summary>Optional caption or footnote text from the spec.</summary>
    public string? Caption { get; init; }

    /// <summary>The <c>where</c> subset as written in the spec, or null for the whole included cohort.</summary>
    public string? Where { get; init; }

    /// <summary>Rows of the analysed set left out because a variable the analysis needs was missing.</summary>
    public int RowsMissing { get; init; }

    /// <summary>Plain-language remarks on this analysis (non-convergence, separation, masked counts).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
