using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Partners.FunctionalTests;

[Collection(PartnersCollection.Name)]
public class GrantTests(PartnersService service)
{
    [Fact]
    public async Task APartner_ReceivesOnlyItsGrantedEstatesAndTypes_AsCloudEvents()
    {
        var granted = Guid.NewGuid();
        var other = Guid.NewGuid();
        var registered = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Acme",
            [Events.RepairCompleted], [granted], false, false, Amqp: true, WebhookUrl: null));
        await using var queue = await PartnerQueue.OpenAsync(service.VirtualHost, registered.Partner.Queue!);
        var otherEstate = Events.RepairOrderCompleted(other);
        var otherType = Events.RepairOrderOpened(granted);
        var expected = Events.RepairOrderCompleted(granted);

        await service.PublishAndWaitAsync(otherEstate);
        await service.PublishAndWaitAsync(otherType);
        await service.PublishAndWaitAsync(expected);

        var received = await queue.ReceiveAsync(1);
        await Task.Delay(500);
        received.AddRange(await queue.DrainAsync());
        var message = Assert.Single(received);
        Assert.Equal("1.0", message.GetProperty("specversion").GetString());
        Assert.Equal(expected.EventId.ToString(), message.GetProperty("id").GetString());
        Assert.Equal(Events.RepairCompleted, message.GetProperty("type").GetString());
        Assert.Equal("/propertycloud/repairs", message.GetProperty("source").GetString());
        Assert.Equal($"repair-orders/{expected.RepairOrderId}", message.GetProperty("subject").GetString());
        Assert.Equal(granted.ToString(), message.GetProperty("estateid").GetString());
        var data = message.GetProperty("data");
        Assert.Equal(80.50m, data.GetProperty("chargeableAmount").GetDecimal());
        Assert.False(data.TryGetProperty("eventId", out _));
    }

    [Fact]
    public async Task PersonalFields_ReachOnlyPartnersGrantedPersonalData()
    {
        var estate = Guid.NewGuid();
        var plain = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Plain",
            [Events.LoanApprovedType], [estate], false, PersonalDataGranted: false, Amqp: true, WebhookUrl: null));
        var trusted = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Trusted",
            [Events.LoanApprovedType], [], AllEstates: true, PersonalDataGranted: true, Amqp: true, WebhookUrl: null));
        await using var plainQueue = await PartnerQueue.OpenAsync(service.VirtualHost, plain.Partner.Queue!);
        await using var trustedQueue = await PartnerQueue.OpenAsync(service.VirtualHost, trusted.Partner.Queue!);

        await service.PublishAndWaitAsync(Events.LoanApproved(estate));

        var plainData = (await plainQueue.ReceiveAsync(1))[0].GetProperty("data");
        var trustedData = (await trustedQueue.ReceiveAsync(1))[0].GetProperty("data");
        Assert.False(plainData.TryGetProperty("borrowerId", out _));
        Assert.Equal("staff-archivist-1", trustedData.GetProperty("borrowerId").GetString());
    }

    [Fact]
    public async Task AMessageTheBrokerCannotQueue_IsRetriedUntilThePartnerQueueIsBack()
    {
        var estate = Guid.NewGuid();
        var registered = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Deleted",
            [Events.RepairCompleted], [estate], false, false, Amqp: true, WebhookUrl: null));
        await using var queue = await PartnerQueue.OpenAsync(service.VirtualHost, registered.Partner.Queue!);
        await service.PublishAndWaitAsync(Events.RepairOrderCompleted(estate));
        await queue.ReceiveAsync(1);
        await queue.DeleteAsync();

        var second = Events.RepairOrderCompleted(estate);
        await service.PublishAndWaitAsync(second);

        await Eventually.TrueAsync(async () => (await service.VirtualHost.QueuesAsync()).EnumerateArray()
            .Any(q => q.GetProperty("name").GetString() == registered.Partner.Queue), because: "the queue was not declared again");
        var received = await queue.ReceiveAsync(1);
        Assert.Equal(second.EventId.ToString(), received.Single().GetProperty("id").GetString());
        var dashboard = await service.DashboardAsync(registered.Partner.Id);
        Assert.Equal(2, dashboard.Delivered);
    }
}
