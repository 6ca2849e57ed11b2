namespace PropertyCloud.Partners.FunctionalTests;

/// <summary>
/// One Partners service for every test class: starting it is most of the run time, and the tests never meet, each
/// registering its own partner for estates of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PartnersCollection : ICollectionFixture<PartnersService>
{
    public const string Name = "partners";
}
