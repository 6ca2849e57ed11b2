using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Testing;

namespace PropertyCloud.BuildingBlocks.Tests.Outbox;

/// <summary>
/// An outbox in a database of its own and a bus on a virtual host of its own whose one listener (one message at a time)
/// records every <see cref="ParcelArrived"/> in the order the broker delivers it.
/// </summary>
public sealed class OutboxRelayFixture : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public TestDatabase Database { get; } = new("outbox");
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public IBusControl Bus { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    public ConcurrentQueue<(Guid? MessageId, ParcelArrived Message)> Received { get; } = new();

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync();
        _services = new ServiceCollection()
            .AddDbContext<OutboxTestDb>(db => db.UseNpgsql(Database.ConnectionString, npgsql => npgsql.EnableRetryOnFailure()))
            .BuildServiceProvider();
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxTestDb>().Database.EnsureCreatedAsync();
        }
        Bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(VirtualHost.HostAddress());
            rabbit.ReceiveEndpoint("outbox-relay-listener", endpoint =>
            {
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
                endpoint.Handler<ParcelArrived>(context =>
                {
                    Received.Enqueue((context.MessageId, context.Message));
                    return Task.CompletedTask;
                });
            });
        });
        await Bus.StartAsync();
        // Healthy once the listener's queue is bound: what the relay publishes before that would go nowhere.
        await Eventually.TrueAsync(async () =>
            await Bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1)) == BusHealthStatus.Healthy);
    }

    /// <summary>A relay as AddEventBus registers it; <paramref name="knows"/> are the event types it may publish.</summary>
    internal OutboxRelay<OutboxTestDb> Relay(int batchSize = 1000, params Type[] knows) => new(
        _services.GetRequiredService<IServiceScopeFactory>(), Bus,
        new IntegrationEventTypes(knows.Length == 0 ? [typeof(ParcelArrived)] : knows), new OutboxSignal(),
        Options.Create(new OutboxOptions { BatchSize = batchSize, PublishTimeout = TimeSpan.FromSeconds(10) }), Clock,
        NullLogger<OutboxRelay<OutboxTestDb>>.Instance);

    public async Task<T> WithDbAsync<T>(Func<OutboxTestDb, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OutboxTestDb>());
    }

    /// <summary>Writes the events to the outbox the way a service does, and returns them.</summary>
    public Task<T[]> RaiseAsync<T>(params T[] events) where T : Contracts.IIntegrationEvent => WithDbAsync(async db =>
    {
        foreach (var integrationEvent in events)
        {
            db.AddIntegrationEvent(integrationEvent);
        }
        await db.SaveChangesAsync();
        return events;
    });

    public Task<OutboxMessage> RowAsync(Guid eventId) =>
        WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.EventId == eventId));

    /// <summary>Starts a test on an empty outbox and listener.</summary>
    public async Task ResetAsync()
    {
        await WithDbAsync(db => db.Set<OutboxMessage>().ExecuteDeleteAsync());
        Received.Clear();
    }

    public ParcelArrived Parcel(int number, DateTimeOffset occurredAt) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = occurredAt, EstateId = Guid.NewGuid(), Number = number,
    };

    public async Task DisposeAsync()
    {
        await Bus.StopAsync();
        await _services.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
