using MassTransit;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>The Archives service on its own database and virtual host, with a bus to publish events to it.</summary>
public sealed class ArchivesService : IAsyncLifetime
{
    public TestDatabase Database { get; } = new("archives");
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<Program> Factory { get; private set; } = null!;
    public ConsumeCounter Consumed { get; } = new();
    public IBusControl Publisher { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync();
        Factory = new ServiceFactory<Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:archivesdb"] = Database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = VirtualHost.ConnectionString(),
        });
        _ = Factory.Server;
        var bus = (IBus)Factory.Services.GetService(typeof(IBus))!;
        bus.ConnectConsumeObserver(Consumed);
        await Eventually.TrueAsync(async () =>
            (await ((IBusControl)bus).WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1))) == BusHealthStatus.Healthy);

        Publisher = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(VirtualHost.HostAddress()));
        await Publisher.StartAsync();
    }

    public Task PublishAsync(UnitRegistered unitRegistered) =>
        Publisher.Publish(unitRegistered, context => context.MessageId = unitRegistered.EventId);

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
    }
}
