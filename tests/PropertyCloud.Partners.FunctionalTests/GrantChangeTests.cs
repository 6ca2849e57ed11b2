using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Partners.FunctionalTests;

[Collection(PartnersCollection.Name)]
public class GrantChangeTests(PartnersService service)
{
    [Fact]
    public async Task ChangeGrants_WithdrawsUnsentMessagesAndRebindsTheQueue()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var estate = Guid.NewGuid();
        var registered = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Changing",
            [Events.RepairCompleted], [estate], false, false, Amqp: true, WebhookUrl: receiver.Url));
        await using var queue = await PartnerQueue.OpenAsync(service.VirtualHost, registered.Partner.Queue!);
        receiver.FailWith = 503;
        var completed = Events.RepairOrderCompleted(estate);
        await service.PublishAndWaitAsync(completed);
        await Eventually.TrueAsync(async () => (await service.DashboardAsync(registered.Partner.Id)) is { Retrying: 1, Delivered: 1 });

        var response = await service.ClientFor(Roles.GroupAdmin).PutAsJsonAsync($"/api/partners/{registered.Partner.Id}/grants",
            new ChangeGrantsRequest([Events.RepairOpened], [estate], false, false));
        response.EnsureSuccessStatusCode();
        receiver.FailWith = null;
        var opened = Events.RepairOrderOpened(estate);
        await service.PublishAndWaitAsync(opened);

        await Eventually.TrueAsync(async () => (await service.DashboardAsync(registered.Partner.Id)) is { Withdrawn: 1, Delivered: 3 },
            because: "the unsent message was not withdrawn, or the newly granted one not delivered");
        var webhook = Assert.Single(receiver.Received);
        Assert.Equal(opened.EventId.ToString(), webhook.Id);
        var queued = await queue.ReceiveAsync(2);
        Assert.Equal(new[] { completed.EventId, opened.EventId }.Select(id => id.ToString()).Order(),
            queued.Select(m => m.GetProperty("id").GetString()!).Order());
    }
}
