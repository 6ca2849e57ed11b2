using System.Collections.Concurrent;
using System.Net.Http.Json;
using MassTransit;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>
/// The Archives service on its own database, virtual host and document folder, with a bus to publish events to it
/// and a listener recording the loan events it publishes.
/// </summary>
public sealed class ArchivesService : IAsyncLifetime
{
    /// <summary>The size limit the service runs with in tests, small so an over-size upload stays cheap.</summary>
    public const long MaxDocumentBytes = 1024 * 1024;

    public TestDatabase Database { get; } = new("archives");
    public string DocumentRoot { get; } = Path.Combine(Path.GetTempPath(), $"pc-archives-test-{Guid.NewGuid():N}");
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<Program> Factory { get; private set; } = null!;
    public ConsumeCounter Consumed { get; } = new();
    public IBusControl Publisher { get; private set; } = null!;
    public ConcurrentQueue<LoanApproved> LoansApproved { get; } = new();
    public ConcurrentQueue<LoanOverdue> LoansOverdue { get; } = new();
    public ConcurrentQueue<LoanReturned> LoansReturned { get; } = new();
    public ConcurrentQueue<DocumentFiled> DocumentsFiled { get; } = new();
    public ConcurrentQueue<DocumentsDestroyed> DocumentsDestroyed { get; } = new();
    public ConcurrentQueue<CertificateExpiring> CertificatesExpiring { get; } = new();
    public ConcurrentQueue<ArchiveItemsMissing> ItemsMissing { get; } = new();

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync();
        Factory = new ServiceFactory<Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:archivesdb"] = Database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = VirtualHost.ConnectionString(),
            ["Archives:DocumentRoot"] = DocumentRoot,
            ["Archives:CertificateScanInterval"] = "00:00:00.500",
            ["Archives:DestroyedContentPurgeInterval"] = "00:00:00.500",
            ["Archives:TextExtractionInterval"] = "00:00:00.500",
            ["Archives:MaxDocumentBytes"] = MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _ = Factory.Server;
        var bus = (IBus)Factory.Services.GetService(typeof(IBus))!;
        bus.ConnectConsumeObserver(Consumed);
        await Eventually.TrueAsync(async () =>
            (await ((IBusControl)bus).WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1))) == BusHealthStatus.Healthy);

        Publisher = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(VirtualHost.HostAddress());
            rabbit.ReceiveEndpoint("test-listener", endpoint =>
            {
                Record(endpoint, LoansApproved);
                Record(endpoint, LoansOverdue);
                Record(endpoint, LoansReturned);
                Record(endpoint, DocumentsFiled);
                Record(endpoint, DocumentsDestroyed);
                Record(endpoint, CertificatesExpiring);
                Record(endpoint, ItemsMissing);
            });
        });
        await Publisher.StartAsync();
    }

    private static void Record<T>(IReceiveEndpointConfigurator endpoint, ConcurrentQueue<T> published) where T : class =>
        endpoint.Handler<T>(context =>
        {
            published.Enqueue(context.Message);
            return Task.CompletedTask;
        });

    /// <summary>Publishes an event as its publisher's outbox would: with its EventId as the MessageId.</summary>
    public Task PublishAsync<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent =>
        Publisher.Publish(integrationEvent, context => context.MessageId = integrationEvent.EventId);

    public HttpClient ClientFor(string role, params Guid[] estates) => Factory.CreateClientWithToken(TestTokens.For(role, estates));

    /// <summary>Registers a unit and waits for its customer file to open.</summary>
    public async Task<CustomerFileResponse> OpenFileAsync(Guid estateId)
    {
        var unit = NewUnit(estateId);
        await PublishAsync(unit);
        return await FileOfUnitAsync(estateId, unit.UnitId);
    }

    /// <summary>Waits for the customer file of a unit to open.</summary>
    public async Task<CustomerFileResponse> FileOfUnitAsync(Guid estateId, Guid unitId)
    {
        var archivist = ClientFor(Roles.Archivist, estateId);
        var page = await Eventually.GetAsync(async () =>
        {
            var files = await archivist.GetFromJsonAsync<PagedResult<CustomerFileResponse>>(
                $"/api/archives/estates/{estateId}/files?unitId={unitId}", TestJson.Options);
            return files!.Items.Count == 1 ? files : null;
        });
        return page.Items[0];
    }

    public static UnitRegistered NewUnit(Guid estateId) => new()
    {
        EventId = Guid.NewGuid(),
        OccurredAt = DateTimeOffset.UtcNow,
        EstateId = estateId,
        UnitId = Guid.NewGuid(),
        BuildingId = Guid.NewGuid(),
        BuildingCode = "3栋",
        Entrance = "1",
        Floor = 15,
        Number = "1502",
        BuildingArea = 118.5m,
        UsableArea = 92.4m,
    };

    public async Task DisposeAsync()
    {
        await Publisher.StopAsync();
        await Factory.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(DocumentRoot))
        {
            Directory.Delete(DocumentRoot, recursive: true);
        }
    }
}
