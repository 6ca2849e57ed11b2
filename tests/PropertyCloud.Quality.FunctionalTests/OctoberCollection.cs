namespace PropertyCloud.Quality.FunctionalTests;

/// <summary>The test classes that read the scripted October share one service: it is scripted once.</summary>
[CollectionDefinition(Name)]
public sealed class OctoberCollection : ICollectionFixture<OctoberService>
{
    public const string Name = "October";
}
