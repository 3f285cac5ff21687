namespace HccReport.Cli.Tests.Specs;

/// <summary>The flagship (config/lenvatinib.yaml) rendered once for the reproducibility and privacy tests.</summary>
public sealed class FlagshipReport() : RenderedReport(TestSpecs.Flagship);
