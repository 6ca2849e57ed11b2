using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Validation;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>
/// The Repairs service on its own database and virtual host, on a clock the tests move, with a listener that
/// records every event the service publishes and publishes Residents' events to it.
/// </summary>
public class RepairsService : IAsyncLifetime
{
    public TestDatabase Database { get; } = new("repairs");
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    public PublishedEvents Published { get; } = new();

    /// <summary>Deliveries the service's consumers finished, per message id.</summary>
    public ConsumeCounter Consumed { get; } = new();
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    private IBusControl _listener = null!;

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync();
        _listener = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(VirtualHost.HostAddress());
            rabbit.ReceiveEndpoint("test-listener", endpoint =>
            {
                Published.Listen<RepairOrderOpened>(endpoint);
                Published.Listen<RepairOrderCompleted>(endpoint);
                Published.Listen<RepairOrderClosed>(endpoint);
                Published.Listen<SlaBreached>(endpoint);
                Published.Listen<ComplaintEscalated>(endpoint);
                Published.Listen<ComplaintClosed>(endpoint);
                Published.Listen<RepairChargeRequested>(endpoint);
                Published.Listen<StockLow>(endpoint);
                Published.Listen<RepairOrderDispatched>(endpoint);
                Published.Listen<FollowUpRecorded>(endpoint);
                Published.Listen<ComplaintReceived>(endpoint);
                Published.Listen<SlaEscalated>(endpoint);
                Published.Listen<ResidentNoticeRequired>(endpoint);
                Published.Listen<RepairOrderReopened>(endpoint);
                Published.Listen<ComplaintReopened>(endpoint);
                Published.Listen<ComplaintResponded>(endpoint);
            });
        });
        await _listener.StartAsync();
        Factory = CreateInstance();
        _ = Factory.Server;
        var bus = (IBusControl)Factory.Services.GetRequiredService<IBus>();
        bus.ConnectConsumeObserver(Consumed);
        // Its queues must be bound before a test publishes to them, or RabbitMQ drops the events.
        await Eventually.TrueAsync(async () => await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1)) == BusHealthStatus.Healthy);
    }

    /// <summary>Publishes an event as its publisher's outbox would: with its EventId as the MessageId.</summary>
    public Task PublishAsync<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent =>
        _listener.Publish(integrationEvent, context => context.MessageId = integrationEvent.EventId);

    /// <summary>Publishes the events and waits until the service has handled each of them.</summary>
    public async Task DeliverAsync(params IIntegrationEvent[] events)
    {
        foreach (var integrationEvent in events)
        {
            await _listener.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = integrationEvent.EventId);
        }
        await Eventually.TrueAsync(() => Task.FromResult(events.All(e => Consumed.Finished(e.EventId) > 0)));
    }

    /// <summary>An instance of the service on this database, virtual host and clock; tests may start a second one.</summary>
    public WebApplicationFactory<Program> CreateInstance() => new ServiceFactory<Program>(new Dictionary<string, string?>(ExtraSettings)
    {
        ["ConnectionStrings:repairsdb"] = Database.ConnectionString,
        ["ConnectionStrings:rabbitmq"] = VirtualHost.ConnectionString(),
        ["Outbox:PollInterval"] = "00:00:00.200",
        ["SlaWatcher:PollInterval"] = "00:00:00.100",
        ["SlaWatcher:BatchSize"] = "7",
    }).WithWebHostBuilder(host => host.ConfigureTestServices(services =>
    {
        services.AddSingleton<TimeProvider>(Clock);
        // Tokens are signed on the real clock; only the service's business time is moved by the tests.
        services.Configure<OpenIddictValidationOptions>(options => options.TimeProvider = TimeProvider.System);
    }));

    /// <summary>Settings a derived fixture adds (feature switches such as demo data).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public HttpClient ClientFor(string role, params Guid[] estates) => ClientWithToken(TestTokens.For(role, estates)).Client;

    /// <summary>A client for a user with <paramref name="role"/>, and that user's id (the token's subject).</summary>
    public (HttpClient Client, string UserId) UserFor(string role, params Guid[] estates) =>
        ClientWithToken(TestTokens.For(role, estates));

    private (HttpClient Client, string UserId) ClientWithToken(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return (client, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Subject);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _listener.StopAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
