using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>
/// The Billing service on its own database and virtual host, with a bus that publishes units to it and a listener
/// that records every event it publishes.
/// </summary>
public sealed class BillingService() : ServiceUnderTest<Program>("billing", "billingdb")
{
    private IBusControl _bus = null!;

    public ConcurrentQueue<IIntegrationEvent> Published { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Billing:Overdue:ScanInterval"] = "00:00:00.500",
        ["Billing:LateFees:ScanInterval"] = "00:00:00.500",
        ["Billing:Dunning:ScanInterval"] = "00:00:00.500",
        // Low, so a test can pass the export cap (50,000 in production) with a handful of bills.
        ["Billing:BillExport:MaxRows"] = "4",
    };
    public ConsumeCounter Consumed { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var serviceBus = Factory.Services.GetRequiredService<IBusControl>();
        serviceBus.ConnectConsumeObserver(Consumed);
        await Eventually.TrueAsync(async () =>
            await serviceBus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1)) == BusHealthStatus.Healthy);

        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(VirtualHost.HostAddress());
            rabbit.ReceiveEndpoint("billing-test-listener", endpoint =>
            {
                endpoint.Handler<BillIssued>(context => Record(context.Message));
                endpoint.Handler<BillOverdue>(context => Record(context.Message));
                endpoint.Handler<PaymentReceived>(context => Record(context.Message));
                endpoint.Handler<PaymentRefunded>(context => Record(context.Message));
                endpoint.Handler<DepositHeld>(context => Record(context.Message));
                endpoint.Handler<DepositRefunded>(context => Record(context.Message));
                endpoint.Handler<PeriodClosed>(context => Record(context.Message));
            });
        });
        await _bus.StartAsync();
    }

    public Task PublishAsync(UnitRegistered unit) => _bus.Publish(unit, context => context.MessageId = unit.EventId);

    /// <summary>Publishes another service's event into billing, with its event id as the message id (as the outbox does).</summary>
    public Task PublishEventAsync<T>(T message) where T : class, IIntegrationEvent =>
        _bus.Publish(message, context => context.MessageId = message.EventId);

    public IEnumerable<T> PublishedOf<T>() => Published.OfType<T>();

    public static UnitRegistered NewUnit(Guid estateId, decimal buildingArea = 118.50m, string number = "1502") => new()
    {
        EventId = Guid.NewGuid(),
        OccurredAt = DateTimeOffset.UtcNow,
        EstateId = estateId,
        UnitId = Guid.NewGuid(),
        BuildingId = Guid.NewGuid(),
        BuildingCode = "3栋",
        Entrance = "1",
        Floor = 15,
        Number = number,
        BuildingArea = buildingArea,
        UsableArea = Math.Round(buildingArea * 0.78m, 2),
    };

    public override async Task DisposeAsync()
    {
        await _bus.StopAsync();
        await base.DisposeAsync();
    }

    private Task Record(IIntegrationEvent message)
    {
        Published.Enqueue(message);
        return Task.CompletedTask;
    }
}
