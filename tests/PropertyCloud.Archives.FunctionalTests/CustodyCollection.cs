namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>
/// Test classes about filing from events, search, equipment, lending, copying, reconciliation, destruction and the audit
/// chain, sharing one Archives service of their own (see <see cref="ArchivesCollection"/> for the rules sharing imposes).
/// </summary>
[CollectionDefinition(Name)]
public sealed class CustodyCollection : ICollectionFixture<ArchivesService>
{
    public const string Name = "Archives service: filing, search, lending, reconciliation, destruction and audit";
}
