namespace HccReport.Cli.Tests.Specs;

/// <summary>The test classes that share one render of the small spec.</summary>
[CollectionDefinition(Name)]
public sealed class SmallCollection : ICollectionFixture<SmallReport>
{
    public const string Name = "Small spec render";
}
