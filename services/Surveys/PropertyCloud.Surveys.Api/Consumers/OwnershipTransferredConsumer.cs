using Microsoft.EntityFrameworkCore;
using PropertyCloud.Surveys.Api.Domain.Residents;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Surveys.Api.Consumers;

/// <summary>Previous owners stop seeing the unit's questionnaires on the transfer; the new owners start.</summary>
public sealed class OwnershipTransferredConsumer(SurveysDb db) : IdempotentConsumer<OwnershipTransferred, SurveysDb>(db)
{
    protected override async Task HandleAsync(OwnershipTransferred message, CancellationToken cancellationToken)
    {
        var current = await Db.UnitResidents
            .Where(r => r.UnitId == message.UnitId && !r.IsTenancy && r.EndedOn == null).ToListAsync(cancellationToken);
        foreach (var previous in current.Where(r => message.PreviousOwnerIds.Contains(r.PartyId) && !message.NewOwnerIds.Contains(r.PartyId)))
        {
            previous.MoveOut(message.TransferredOn);
        }
        foreach (var ownerId in message.NewOwnerIds.Distinct().Where(id => current.All(r => r.PartyId != id)))
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, message.UnitId, ownerId, isTenancy: false));
        }
    }
}
