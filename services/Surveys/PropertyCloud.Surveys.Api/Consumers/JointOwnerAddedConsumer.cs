using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Domain.Residents;
using PropertyCloud.Surveys.Api.Infrastructure;

namespace PropertyCloud.Surveys.Api.Consumers;

/// <summary>Records a joint owner's holding of a unit, so they too may answer that household's questionnaires.</summary>
public sealed class JointOwnerAddedConsumer(SurveysDb db) : IdempotentConsumer<JointOwnerAdded, SurveysDb>(db)
{
    protected override async Task HandleAsync(JointOwnerAdded message, CancellationToken cancellationToken)
    {
        // A holding that ended on or after this start is this one, already ended by a transfer that overtook it.
        var known = await Db.UnitResidents.AnyAsync(r => r.UnitId == message.UnitId && r.PartyId == message.OwnerId
            && !r.IsTenancy && (r.EndedOn == null || r.EndedOn >= message.OwnedSince), cancellationToken);
        if (!known)
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, message.UnitId, message.OwnerId, isTenancy: false));
        }
    }
}
