using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain.Residents;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Billing.Api.Consumers;

/// <summary>Records the units a newly registered owner holds, so the owner may read and pay their bills.</summary>
public sealed class OwnerRegisteredConsumer(BillingDb db) : IdempotentConsumer<OwnerRegistered, BillingDb>(db)
{
    protected override async Task HandleAsync(OwnerRegistered message, CancellationToken cancellationToken)
    {
        var known = await Db.UnitResidents.Where(r => r.PartyId == message.OwnerId && r.EndedOn == null)
            .Select(r => r.UnitId).ToListAsync(cancellationToken);
        foreach (var unitId in message.UnitIds.Except(known).Distinct())
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, unitId, message.OwnerId, ResidentKind.Owner));
        }
    }
}
