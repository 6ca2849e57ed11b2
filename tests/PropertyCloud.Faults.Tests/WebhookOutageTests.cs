extern alias partners;

using System.Net.Http.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OpenIddict.Validation;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Faults.Tests.Infrastructure;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;
using partners::PropertyCloud.Partners.Api.Apis;
using Xunit.Abstractions;

namespace PropertyCloud.Faults.Tests;

/// <summary>
/// A partner's webhook endpoint fails for an hour, or for longer than the retry window, under the production retry
/// schedule (first retry after 30 s, doubling, at most an hour apart, parked 24 h after the first failure). A fake
/// clock jumps from one due retry to the next, so a day of retries takes seconds. (The Partners functional tests
/// cover the same path with a two-second window; this is the same path at its real time scale.)
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class WebhookOutageTests(FaultInfrastructure infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Events = 3;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);
    private static readonly TimeSpan RetryWindow = TimeSpan.FromHours(24);

    private readonly string _partnersDb = FaultInfrastructure.NewDatabaseName("partners");
    private readonly Guid _estate = Guid.NewGuid();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private ServiceFactory<partners::Program> _partners = null!;
    private FlakyWebhookEndpoint _endpoint = null!;
    private IBusControl _publisher = null!;
    private Guid _partnerId;

    public async Task InitializeAsync()
    {
        _endpoint = await FlakyWebhookEndpoint.StartAsync();
        var virtualHost = await infrastructure.RabbitMq.NewVirtualHostAsync();
        _partners = FaultServiceFactory.Create<partners::Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:partnersdb"] = infrastructure.Postgres.ConnectionString(_partnersDb),
            ["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMq.ConnectionString(virtualHost),
            ["Partners:Delivery:PollInterval"] = "00:00:00.050",
        }, services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            // Test tokens expire an hour after they were made in real time; days of fake time must not expire them.
            services.Configure<OpenIddictValidationOptions>(options => options.TimeProvider = TimeProvider.System);
        });
        _ = _partners.Server;
        var bus = _partners.Services.GetRequiredService<IBusControl>();
        await Eventually.TrueAsync(async () =>
            await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1)) == BusHealthStatus.Healthy);
        _publisher = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(infrastructure.RabbitMq.ConnectionString(virtualHost))));
        await _publisher.StartAsync();

        var registered = await Admin().PostAsJsonAsync("/api/partners", new RegisterPartnerRequest("f" + Guid.NewGuid().ToString("N")[..12],
            "故障测试伙伴", ["cn.propertycloud.repairs.order.completed.v1"], [_estate], false, false, Amqp: false, WebhookUrl: _endpoint.Url));
        registered.EnsureSuccessStatusCode();
        _partnerId = (await registered.Content.ReadFromJsonAsync<PartnerRegisteredResponse>(TestJson.Options))!.Partner.Id;
    }

    [Fact]
    public async Task AReceiverDownForAnHour_IsRetriedWithBackOff_AndGetsEveryEventOnceWhenBack()
    {
        var start = _clock.GetUtcNow();
        var eventIds = await PublishAsync();

        await RunClockUntilAsync(start + TimeSpan.FromHours(1));
        var expected = ExpectedAttempts(TimeSpan.FromHours(1));
        output.WriteLine($"attempts per event in the first hour: {string.Join(", ", eventIds.Select(id => _endpoint.Failed.GetValueOrDefault(id)))} (schedule: {expected})");
        Assert.All(eventIds, id => Assert.Equal(expected, _endpoint.Failed.GetValueOrDefault(id)));
        Assert.Empty(_endpoint.Accepted);
        Assert.Equal(Events, (await DashboardAsync()).Retrying);

        _endpoint.Down = false;
        await RunClockUntilAsync(start + TimeSpan.FromDays(2));

        Assert.Equal(Events, (await DashboardAsync()).Delivered);
        Assert.Equal(eventIds.Order(), _endpoint.Accepted.Keys.Order());
        Assert.All(_endpoint.Accepted.Values, calls => Assert.Equal(1, calls));
        Assert.All(eventIds, id => Assert.Equal(expected, _endpoint.Failed.GetValueOrDefault(id)));
    }

    [Fact]
    public async Task AReceiverDownPastTheRetryWindow_IsParkedWithNothingLost_AndAReplayDeliversEachEventOnce()
    {
        var start = _clock.GetUtcNow();
        var eventIds = await PublishAsync();

        await RunClockUntilAsync(start + TimeSpan.FromDays(2));
        var expected = ExpectedAttempts(TimeSpan.FromDays(2));
        output.WriteLine($"attempts per event before parking: {string.Join(", ", eventIds.Select(id => _endpoint.Failed.GetValueOrDefault(id)))} (schedule: {expected})");
        Assert.Equal(Events, (await DashboardAsync()).Parked);
        Assert.All(eventIds, id => Assert.Equal(expected, _endpoint.Failed.GetValueOrDefault(id)));
        Assert.Empty(_endpoint.Accepted);

        _endpoint.Down = false;
        var parked = await Admin().GetFromJsonAsync<PagedResult<DeliveryResponse>>(
            $"/api/partners/{_partnerId}/deliveries?status=Parked", TestJson.Options);
        Assert.Equal(eventIds.Order(), parked!.Items.Select(d => d.EventId.ToString()).Order());
        foreach (var delivery in parked.Items)
        {
            (await Admin().PostAsync($"/api/partners/{_partnerId}/deliveries/{delivery.Id}/replay", null)).EnsureSuccessStatusCode();
        }
        await RunClockUntilAsync(_clock.GetUtcNow() + TimeSpan.FromDays(1));

        Assert.Equal(Events, (await DashboardAsync()).Delivered);
        Assert.Equal(eventIds.Order(), _endpoint.Accepted.Keys.Order());
        Assert.All(_endpoint.Accepted.Values, calls => Assert.Equal(1, calls));
    }

    /// <summary>Failed calls the documented schedule allows within <paramref name="outage"/> of the first attempt.</summary>
    private static int ExpectedAttempts(TimeSpan outage)
    {
        var attempts = 0;
        var at = TimeSpan.Zero;
        var delay = FirstDelay;
        while (at <= outage)
        {
            attempts++;
            var next = at + delay;
            if (next > RetryWindow)
            {
                break; // parked
            }
            at = next;
            delay = delay * 2 > MaxDelay ? MaxDelay : delay * 2;
        }
        return attempts;
    }

    /// <summary>Moves the fake clock from one due delivery to the next, letting the dispatcher work at each stop, up to <paramref name="until"/>.</summary>
    private async Task RunClockUntilAsync(DateTimeOffset until)
    {
        await using var connection = new NpgsqlConnection(infrastructure.Postgres.ConnectionString(_partnersDb));
        await connection.OpenAsync();
        while (true)
        {
            await Eventually.TrueAsync(async () => await DueNowAsync(connection) == 0, because: "the dispatcher should try every due delivery");
            await using var next = new NpgsqlCommand(
                "SELECT min(next_attempt_at) FROM deliveries WHERE status IN ('Pending', 'Retrying')", connection);
            if (await next.ExecuteScalarAsync() is not DateTime due || new DateTimeOffset(due, TimeSpan.Zero) > until)
            {
                return;
            }
            _clock.SetUtcNow(new DateTimeOffset(due, TimeSpan.Zero));
        }
    }

    private async Task<long> DueNowAsync(NpgsqlConnection connection)
    {
        await using var due = new NpgsqlCommand(
            "SELECT count(*) FROM deliveries WHERE status IN ('Pending', 'Retrying') AND next_attempt_at <= @now", connection);
        due.Parameters.AddWithValue("now", _clock.GetUtcNow());
        return (long)(await due.ExecuteScalarAsync())!;
    }

    private async Task<string[]> PublishAsync()
    {
        var events = Enumerable.Range(0, Events).Select(_ => new RepairOrderCompleted
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = _clock.GetUtcNow(),
            EstateId = _estate,
            RepairOrderId = Guid.NewGuid(),
            UnitId = Guid.NewGuid(),
            Category = "plumbing",
            Urgency = "urgent",
            OpenedAt = _clock.GetUtcNow().AddHours(-3),
            CompletedAt = _clock.GetUtcNow(),
            LabourMinutes = 45,
            ChargeableAmount = 80.50m,
        }).ToArray();
        foreach (var e in events)
        {
            await _publisher.Publish(e, context => context.MessageId = e.EventId);
        }
        await Eventually.TrueAsync(async () => await infrastructure.Postgres.ScalarAsync(_partnersDb, "SELECT count(*) FROM deliveries") == Events,
            because: "every event should be scheduled for the partner");
        return [.. events.Select(e => e.EventId.ToString())];
    }

    private HttpClient Admin() => _partners.CreateClientWithToken(TestTokens.For(Roles.GroupAdmin));

    private async Task<DeliveryDashboard> DashboardAsync() =>
        (await Admin().GetFromJsonAsync<DeliveryDashboard>($"/api/partners/{_partnerId}/dashboard", TestJson.Options))!;

    public async Task DisposeAsync()
    {
        await _publisher.StopAsync();
        await _partners.DisposeAsync();
        await _endpoint.DisposeAsync();
    }
}
