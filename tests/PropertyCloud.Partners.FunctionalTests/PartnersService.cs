using System.Net.Http.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Partners.FunctionalTests;

/// <summary>
/// The Partners service on its own database and virtual host, retrying webhooks within a couple of seconds instead of
/// a day, with a bus that publishes internal events to it as their services would.
/// </summary>
public sealed class PartnersService() : ServiceUnderTest<Program>("partners", "partnersdb")
{
    private IBusControl _bus = null!;

    public ConsumeCounter Consumed { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Partners:Delivery:PollInterval"] = "00:00:00.100",
        ["Partners:Delivery:FirstDelay"] = "00:00:00.100",
        ["Partners:Delivery:MaxDelay"] = "00:00:00.400",
        ["Partners:Delivery:RetryWindow"] = "00:00:02",
        ["Partners:Delivery:SendTimeout"] = "00:00:03",
        // Small batches, so two instances really take turns.
        ["Partners:Delivery:BatchSize"] = "3",
        ["Partners:Broker:ProvisionInterval"] = "00:00:00.200",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var serviceBus = Factory.Services.GetRequiredService<IBusControl>();
        serviceBus.ConnectConsumeObserver(Consumed);
        await Eventually.TrueAsync(async () =>
            await serviceBus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1)) == BusHealthStatus.Healthy);
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(VirtualHost.HostAddress()));
        await _bus.StartAsync();
    }

    /// <summary>Publishes an event as its service's outbox would (EventId as MessageId) and waits until the service handled it.</summary>
    public async Task PublishAndWaitAsync<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent
    {
        var before = Consumed.Finished(integrationEvent.EventId);
        await _bus.Publish(integrationEvent, context => context.MessageId = integrationEvent.EventId);
        await Eventually.TrueAsync(() => Task.FromResult(Consumed.Finished(integrationEvent.EventId) > before),
            because: $"{typeof(TEvent).Name} was not consumed");
    }

    public async Task<PartnerRegisteredResponse> RegisterAsync(RegisterPartnerRequest request)
    {
        var response = await ClientFor(Roles.GroupAdmin).PostAsJsonAsync("/api/partners", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PartnerRegisteredResponse>(TestJson.Options))!;
    }

    public async Task<DeliveryDashboard> DashboardAsync(Guid partnerId) =>
        (await ClientFor(Roles.GroupAdmin).GetFromJsonAsync<DeliveryDashboard>($"/api/partners/{partnerId}/dashboard", TestJson.Options))!;

    /// <summary>A second instance of the service on the same database and virtual host, as a scaled-out deployment runs.</summary>
    public async Task<ServiceFactory<Program>> StartSecondInstanceAsync()
    {
        var second = new ServiceFactory<Program>(new Dictionary<string, string?>(Settings)
        {
            ["ConnectionStrings:partnersdb"] = Database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = VirtualHost.ConnectionString(),
        });
        _ = second.Server;
        var bus = second.Services.GetRequiredService<IBusControl>();
        bus.ConnectConsumeObserver(Consumed);
        await Eventually.TrueAsync(async () =>
            await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1)) == BusHealthStatus.Healthy);
        return second;
    }

    public static string NewCode() => "p" + Guid.NewGuid().ToString("N")[..12];

    public override async Task DisposeAsync()
    {
        await _bus.StopAsync();
        await DeleteBrokerUsersAsync();
        await base.DisposeAsync();
    }

    /// <summary>Partners' broker users live outside the test's virtual host: remove them, or every run would leave some behind.</summary>
    private async Task DeleteBrokerUsersAsync()
    {
        var partners = await ClientFor(Roles.GroupAdmin).GetFromJsonAsync<PagedResult<PartnerResponse>>("/api/partners?pageSize=500", TestJson.Options);
        foreach (var user in partners!.Items.Select(p => p.BrokerUser).OfType<string>())
        {
            await BrokerManagement.DeleteUserAsync(user);
        }
    }
}
