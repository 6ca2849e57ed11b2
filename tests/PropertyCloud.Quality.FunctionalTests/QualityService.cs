using System.Net.Http.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Quality.FunctionalTests;

/// <summary>The Quality service on its own database and virtual host, with a bus to publish other services' events to it.</summary>
public class QualityService() : ServiceUnderTest<Program>("quality", "qualitydb")
{
    private IBusControl _publisher = null!;

    /// <summary>The monthly report job stays off unless a test starts an instance with it on.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Quality:Reports:Enabled"] = "false",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var serviceBus = Factory.Services.GetRequiredService<IBusControl>();
        await Eventually.TrueAsync(async () =>
            await serviceBus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1)) == BusHealthStatus.Healthy);
        _publisher = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(VirtualHost.HostAddress()));
        await _publisher.StartAsync();
    }

    /// <summary>Publishes events as their publishers' outboxes would: with each EventId as the MessageId.</summary>
    public async Task PublishAsync(IEnumerable<IIntegrationEvent> events)
    {
        foreach (var integrationEvent in events)
        {
            await _publisher.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = integrationEvent.EventId);
        }
    }

    /// <summary>Waits until the event store holds <paramref name="count"/> events (each stored with its projection).</summary>
    public async Task WaitForStoredEventsAsync(long count)
    {
        var quality = ClientFor(Roles.Quality);
        await Eventually.TrueAsync(async () =>
            (await quality.GetFromJsonAsync<EventStoreStatus>("/api/quality/read-models", TestJson.Options))!.StoredEvents >= count,
            TimeSpan.FromSeconds(60), $"The event store did not reach {count} events.");
    }

    public override async Task DisposeAsync()
    {
        await _publisher.StopAsync();
        await base.DisposeAsync();
    }
}
