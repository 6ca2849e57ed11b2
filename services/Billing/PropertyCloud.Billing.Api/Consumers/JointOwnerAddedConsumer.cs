using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain.Residents;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Billing.Api.Consumers;

/// <summary>Records a joint owner's holding of a unit, so they too may read and pay the unit's bills.</summary>
public sealed class JointOwnerAddedConsumer(BillingDb db) : IdempotentConsumer<JointOwnerAdded, BillingDb>(db)
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
