namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>
/// One service instance for the test classes that name it: on a shared two-core machine, starting a host per class
/// costs more than the tests. Each test works in an estate of its own, so they do not see each other's data.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedRepairsService : ICollectionFixture<RepairsService>
{
    public const string Name = "Repairs service";
}
