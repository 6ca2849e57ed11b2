using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class UnitReplicaTests(BillingService service)
{
    [Fact]
    public async Task UnitRegistered_AddsTheUnitWithItsAreas()
    {
        var desk = new FinanceDesk(service);

        var unitId = await desk.UnitAsync(buildingArea: 89.30m);

        var unit = await desk.InDbAsync(db => db.Units.SingleAsync(u => u.Id == unitId));
        Assert.Equal(89.30m, unit.BuildingArea);
        Assert.Equal(desk.EstateId, unit.EstateId);
    }

    [Fact]
    public async Task UnitRegistered_WhenDeliveredTwice_CreatesOneRow()
    {
        var desk = new FinanceDesk(service);
        var unit = BillingService.NewUnit(desk.EstateId);

        await service.PublishAsync(unit);
        await service.PublishAsync(unit);

        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(unit.EventId) == 2),
            because: "both deliveries should have been handled");
        Assert.Equal(1, await desk.InDbAsync(db => db.Units.CountAsync(u => u.Id == unit.UnitId)));
        Assert.Equal(1, await desk.InDbAsync(db => db.Set<InboxMessage>().CountAsync(m => m.EventId == unit.EventId)));
    }
}
