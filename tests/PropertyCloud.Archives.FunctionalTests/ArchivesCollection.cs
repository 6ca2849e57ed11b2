namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>
/// Test classes about files and documents, printing and watermarked reading, sharing one Archives service
/// (database, virtual host, host): starting one per class cost most of the run. Tests therefore never assume an empty database: each works in estates
/// of its own (a new estate id per test) and looks for its own events by id. <see cref="CustodyCollection"/> is the
/// other half, on a service of its own, so the two halves run side by side. Everything that renders PDFs is in this half,
/// so only one service pays for starting the headless browser that renders them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ArchivesCollection : ICollectionFixture<ArchivesService>
{
    public const string Name = "Archives service: files, documents and printing";
}
