namespace HccReport.Rendering.Tests.Support;

/// <summary>The test classes that read the rendered sample share one render of it.</summary>
[CollectionDefinition(Name)]
public sealed class RenderedSampleCollection : ICollectionFixture<RenderedSample>
{
    public const string Name = "Rendered sample";
}
