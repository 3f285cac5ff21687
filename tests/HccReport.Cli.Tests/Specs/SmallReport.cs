namespace HccReport.Cli.Tests.Specs;

/// <summary>The small spec rendered once.</summary>
public sealed class SmallReport() : RenderedReport(TestSpecs.Small);
