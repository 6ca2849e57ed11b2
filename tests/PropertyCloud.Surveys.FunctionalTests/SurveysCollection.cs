namespace PropertyCloud.Surveys.FunctionalTests;

/// <summary>
/// One Surveys service for every test class: starting a host, database and virtual host costs more than the tests, and
/// each test works in estates and campaigns of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SurveysCollection : ICollectionFixture<SurveysService>
{
    public const string Name = "surveys";
}
