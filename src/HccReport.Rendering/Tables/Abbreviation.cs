namespace HccReport.Rendering.Tables;

/// <summary>An abbreviation and its meaning, listed under a table.</summary>
/// <param name="Short">The abbreviation, e.g. "HR".</param>
/// <param name="Meaning">Its meaning, e.g. "hazard ratio".</param>
public sealed record Abbreviation(string Short, string Meaning);
