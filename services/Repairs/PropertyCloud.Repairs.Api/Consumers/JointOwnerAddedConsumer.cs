using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain.Residents;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Repairs.Api.Consumers;

/// <summary>Records a joint owner's holding of a unit, so they too may report repairs and lodge complaints for the unit.</summary>
public sealed class JointOwnerAddedConsumer(RepairsDb db) : IdempotentConsumer<JointOwnerAdded, RepairsDb>(db)
{
    protected override async Task HandleAsync(JointOwnerAdded message, CancellationToken cancellationToken)
    {
        // A holding that ended on or after this start is this one, already ended by a transfer that overtook it.
        var known = await Db.UnitResidents.AnyAsync(r => r.UnitId == message.UnitId && r.PartyId == message.OwnerId
            && r.Kind == ResidentKind.Owner && (r.EndedOn == null || r.EndedOn >= message.OwnedSince), cancellationToken);
        if (!known)
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, message.UnitId, message.OwnerId, ResidentKind.Owner));
        }
    }
}
