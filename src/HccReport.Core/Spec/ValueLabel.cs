namespace HccReport.Core.Spec;

/// <summary>One value label: the value as it is in the data and the label shown for it.</summary>
/// <param name="Value">The raw value, e.g. <c>1</c>.</param>
/// <param name="Label">Its label, e.g. <c>Male</c>.</param>
public sealed record ValueLabel(string Value, string Label);
