using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain.Residents;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Repairs.Api.Consumers;

/// <summary>Records the units a newly registered owner holds, so the owner may report repairs and complaints for them.</summary>
public sealed class OwnerRegisteredConsumer(RepairsDb db) : IdempotentConsumer<OwnerRegistered, RepairsDb>(db)
{
    protected override async Task HandleAsync(OwnerRegistered message, CancellationToken cancellationToken)
    {
        // Any row, ended or not: a transfer that overtook this registration must not be undone by it.
        var known = await Db.UnitResidents.Where(r => r.PartyId == message.OwnerId).Select(r => r.UnitId).ToListAsync(cancellationToken);
        foreach (var unitId in message.UnitIds.Except(known).Distinct())
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, unitId, message.OwnerId, ResidentKind.Owner));
        }
    }
}
