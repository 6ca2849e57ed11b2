using Microsoft.EntityFrameworkCore;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
public sealed class JointOwnerBillsTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    [Fact]
    public async Task JointOwnerAdded_DeliveredTwice_IsAppliedOnceAndTheJointOwnerSeesTheUnit()
    {
        var unit = await _desk.UnitAsync();
        var wife = new ResidentDesk(service, _desk);
        await wife.LinkAccountAsync();
        var added = new JointOwnerAdded
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId, UnitId = unit,
            OwnerId = wife.PartyId, OwnedSince = new DateOnly(2019, 1, 1),
        };
        var unitsBefore = await wife.UnitsAsync();

        await service.PublishEventAsync(added);
        await service.PublishEventAsync(added);
        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(added.EventId) == 2));

        Assert.Empty(unitsBefore);
        Assert.Equal([unit], await wife.UnitsAsync());
        Assert.Equal(1, await _desk.InDbAsync(db => db.UnitResidents.CountAsync(r => r.PartyId == wife.PartyId)));
    }
}
