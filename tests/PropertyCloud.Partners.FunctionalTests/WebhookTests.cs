using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Testing;
using StandardWebhooks;

namespace PropertyCloud.Partners.FunctionalTests;

[Collection(PartnersCollection.Name)]
public sealed class WebhookTests(PartnersService service) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;
    private readonly Guid _estate = Guid.NewGuid();

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private Task<PartnerRegisteredResponse> RegisterAsync() => service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(),
        "Hooked", [Events.RepairCompleted], [_estate], false, false, Amqp: false, WebhookUrl: _receiver.Url));

    [Fact]
    public async Task AWebhook_IsSignedSoTheReferenceAlgorithmVerifiesIt()
    {
        var registered = await RegisterAsync();
        var completed = Events.RepairOrderCompleted(_estate);

        await service.PublishAndWaitAsync(completed);

        var webhook = await Eventually.GetAsync(() => Task.FromResult(_receiver.Received.FirstOrDefault()));
        new StandardWebhook(registered.WebhookSecret!).Verify(webhook.Body, webhook.Headers);
        Assert.Equal(completed.EventId.ToString(), webhook.Id);
        Assert.StartsWith("application/cloudevents+json", webhook.ContentType);
        Assert.Contains(completed.RepairOrderId.ToString(), webhook.Body);
    }

    [Fact]
    public async Task ATamperedWebhook_FailsTheReferenceVerification()
    {
        var registered = await RegisterAsync();
        await service.PublishAndWaitAsync(Events.RepairOrderCompleted(_estate));

        var webhook = await Eventually.GetAsync(() => Task.FromResult(_receiver.Received.FirstOrDefault()));

        Assert.ThrowsAny<Exception>(() => new StandardWebhook(registered.WebhookSecret!).Verify(webhook.Body.Replace("80.5", "8.5"), webhook.Headers));
    }

    [Fact]
    public async Task AFailingEndpoint_IsRetriedThenParked_AndAReplayDeliversEverything()
    {
        var registered = await RegisterAsync();
        _receiver.FailWith = 503;
        var events = new[] { Events.RepairOrderCompleted(_estate), Events.RepairOrderCompleted(_estate) };
        foreach (var e in events)
        {
            await service.PublishAndWaitAsync(e);
        }

        await Eventually.TrueAsync(async () => (await service.DashboardAsync(registered.Partner.Id)).Parked == 2,
            because: "the deliveries were not parked");
        Assert.True(_receiver.Calls >= 6, $"only {_receiver.Calls} calls: the endpoint was not retried");
        var admin = service.ClientFor(Roles.GroupAdmin);
        var parked = await admin.GetFromJsonAsync<BuildingBlocks.Api.PagedResult<DeliveryResponse>>(
            $"/api/partners/{registered.Partner.Id}/deliveries?status=Parked", TestJson.Options);
        Assert.All(parked!.Items, d => Assert.Contains("503", d.LastError));
        Assert.Empty(_receiver.Received);

        _receiver.FailWith = null;
        foreach (var delivery in parked.Items)
        {
            (await admin.PostAsync($"/api/partners/{registered.Partner.Id}/deliveries/{delivery.Id}/replay", null)).EnsureSuccessStatusCode();
        }

        await Eventually.TrueAsync(async () => (await service.DashboardAsync(registered.Partner.Id)).Delivered == 2);
        Assert.Equal(events.Select(e => e.EventId.ToString()).Order(), _receiver.Received.Select(w => w.Id).Order());
    }

    [Fact]
    public async Task ADuplicatedInternalEvent_ProducesOnePartnerMessage()
    {
        var registered = await RegisterAsync();
        var completed = Events.RepairOrderCompleted(_estate);

        await service.PublishAndWaitAsync(completed);
        await service.PublishAndWaitAsync(completed);
        await service.PublishAndWaitAsync(Events.RepairOrderCompleted(_estate));

        await Eventually.TrueAsync(async () => (await service.DashboardAsync(registered.Partner.Id)).Delivered == 2);
        Assert.Equal(1, _receiver.Received.Count(w => w.Id == completed.EventId.ToString()));
    }

    [Fact]
    public async Task Replay_FromAnEvent_SendsThatEventAndLaterOnesAgainWithTheSameIds()
    {
        var registered = await RegisterAsync();
        var first = Events.RepairOrderCompleted(_estate);
        var second = Events.RepairOrderCompleted(_estate) with { OccurredAt = first.OccurredAt.AddSeconds(1) };
        var third = Events.RepairOrderCompleted(_estate) with { OccurredAt = first.OccurredAt.AddSeconds(2) };
        foreach (var e in new[] { first, second, third })
        {
            await service.PublishAndWaitAsync(e);
        }
        await Eventually.TrueAsync(async () => (await service.DashboardAsync(registered.Partner.Id)).Delivered == 3);

        var response = await service.ClientFor(Roles.GroupAdmin).PostAsJsonAsync($"/api/partners/{registered.Partner.Id}/replay",
            new ReplayRequest(null, second.EventId));
        var replay = await response.Content.ReadFromJsonAsync<ReplayResponse>(TestJson.Options);

        Assert.Equal(2, replay!.Requeued);
        await Eventually.TrueAsync(() => Task.FromResult(_receiver.Received.Count == 5));
        Assert.Equal(1, _receiver.Received.Count(w => w.Id == first.EventId.ToString()));
        Assert.Equal(2, _receiver.Received.Count(w => w.Id == third.EventId.ToString()));
        await Eventually.TrueAsync(async () => await service.DashboardAsync(registered.Partner.Id) == new DeliveryDashboard(0, 3, 0, 0, 0));
    }
}
