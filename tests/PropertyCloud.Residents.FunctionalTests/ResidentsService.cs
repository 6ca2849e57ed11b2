using System.Collections.Concurrent;
using MassTransit;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

/// <summary>
/// The Residents service on its own database and virtual host, reaching the broker through a proxy that a test
/// can cut, plus a listener that records every event the service publishes.
/// </summary>
public sealed class ResidentsService : IAsyncLifetime
{
    public TestDatabase Database { get; } = new("residents");
    public TcpProxy BrokerProxy { get; } = new(TestInfrastructure.RabbitHost, TestInfrastructure.RabbitPort);
    public ConcurrentQueue<ConsumeContext<UnitRegistered>> Published { get; } = new();

    /// <summary>Every other event the service published, as received.</summary>
    public ConcurrentQueue<object> Events { get; } = new();
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<Program> Factory { get; private set; } = null!;
    private IBusControl _listener = null!;

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync();
        _listener = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(VirtualHost.HostAddress());
            rabbit.ReceiveEndpoint("test-listener", endpoint =>
            {
                endpoint.Handler<UnitRegistered>(context =>
                {
                    Published.Enqueue(context);
                    return Task.CompletedTask;
                });
                Record<OwnerRegistered>(endpoint);
                Record<OwnershipTransferred>(endpoint);
                Record<JointOwnerAdded>(endpoint);
                Record<HouseholdMemberAdded>(endpoint);
                Record<HouseholdMemberRemoved>(endpoint);
                Record<TenantLeaseStarted>(endpoint);
                Record<TenantLeaseEnded>(endpoint);
                Record<UnitUsageChanged>(endpoint);
                Record<EstateRegistered>(endpoint);
                Record<ResidentAccountLinked>(endpoint);
                Record<VehicleRegistered>(endpoint);
                Record<ParkingSpaceAssigned>(endpoint);
                Record<ParkingSpaceReleased>(endpoint);
                Record<ResidentContactChanged>(endpoint);
            });
        });
        await _listener.StartAsync();
        Factory = CreateFactory(relayEnabled: true);
        _ = Factory.Server;
    }

    /// <summary>Another instance of the service on the same virtual host, by default on the same database.</summary>
    public ServiceFactory<Program> CreateFactory(bool relayEnabled, TestDatabase? database = null) => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:residentsdb"] = (database ?? Database).ConnectionString,
        ["ConnectionStrings:rabbitmq"] = VirtualHost.ConnectionString(BrokerProxy.Port),
        ["Outbox:RelayEnabled"] = relayEnabled.ToString(),
        ["Outbox:PublishTimeout"] = "00:00:03",
        ["Outbox:MaxBackoff"] = "00:00:01",
    });

    private void Record<TEvent>(IReceiveEndpointConfigurator endpoint) where TEvent : class =>
        endpoint.Handler<TEvent>(context =>
        {
            Events.Enqueue(context.Message);
            return Task.CompletedTask;
        });

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _listener.StopAsync();
        await BrokerProxy.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
