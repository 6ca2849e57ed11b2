using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain.Residents;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Repairs.Api.Consumers;

/// <summary>Previous owners stop reporting for the unit on the transfer; the new owners start.</summary>
public sealed class OwnershipTransferredConsumer(RepairsDb db) : IdempotentConsumer<OwnershipTransferred, RepairsDb>(db)
{
    protected override async Task HandleAsync(OwnershipTransferred message, CancellationToken cancellationToken)
    {
        var owners = await Db.UnitResidents.Where(r => r.UnitId == message.UnitId && r.Kind == ResidentKind.Owner).ToListAsync(cancellationToken);
        foreach (var previous in message.PreviousOwnerIds.Except(message.NewOwnerIds).Distinct())
        {
            var holding = owners.FirstOrDefault(r => r.PartyId == previous && r.EndedOn == null);
            if (holding is null)
            {
                // The transfer overtook the previous owner's registration: record the holding as already over.
                holding = UnitResident.MoveIn(message.EstateId, message.UnitId, previous, ResidentKind.Owner);
                Db.UnitResidents.Add(holding);
            }
            holding.MoveOut(message.TransferredOn);
        }
        foreach (var ownerId in message.NewOwnerIds.Distinct().Where(id => !owners.Any(r => r.PartyId == id && r.EndedOn == null)))
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, message.UnitId, ownerId, ResidentKind.Owner));
        }
    }
}
