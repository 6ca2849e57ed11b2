using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Partners.FunctionalTests;

[Collection(PartnersCollection.Name)]
public class ScaleOutTests(PartnersService service)
{
    [Fact]
    public async Task TwoInstances_DeliverEveryMessageExactlyOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var second = await service.StartSecondInstanceAsync();
        var estate = Guid.NewGuid();
        var registered = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Scaled",
            [Events.RepairCompleted], [estate], false, false, Amqp: true, WebhookUrl: receiver.Url));
        await using var queue = await PartnerQueue.OpenAsync(service.VirtualHost, registered.Partner.Queue!);
        var events = Enumerable.Range(0, 30).Select(_ => Events.RepairOrderCompleted(estate)).ToList();

        await Task.WhenAll(events.Select(PublishAsync));

        await Eventually.TrueAsync(async () => (await service.DashboardAsync(registered.Partner.Id)).Delivered == 60,
            because: "not every message was delivered");
        var queued = await queue.ReceiveAsync(30);
        await Task.Delay(300);
        queued.AddRange(await queue.DrainAsync());
        Assert.Equal(30, receiver.Received.Select(w => w.Id).Distinct().Count());
        Assert.Equal(30, receiver.Calls);
        Assert.Equal(30, queued.Select(m => m.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(30, queued.Count);
    }

    private Task PublishAsync(RepairOrderCompleted completed) => service.PublishAndWaitAsync(completed);
}
