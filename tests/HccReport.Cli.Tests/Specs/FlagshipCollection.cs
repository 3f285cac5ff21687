namespace HccReport.Cli.Tests.Specs;

/// <summary>The test classes that share one render of the flagship (several seconds each): they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class FlagshipCollection : ICollectionFixture<FlagshipReport>
{
    public const string Name = "Flagship render";
}
