using Microsoft.EntityFrameworkCore;
using PropertyCloud.Surveys.Api.Domain.Residents;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Surveys.Api.Consumers;

/// <summary>Records the units a newly registered owner holds, so the owner may answer those households' questionnaires.</summary>
public sealed class OwnerRegisteredConsumer(SurveysDb db) : IdempotentConsumer<OwnerRegistered, SurveysDb>(db)
{
    protected override async Task HandleAsync(OwnerRegistered message, CancellationToken cancellationToken)
    {
        var known = await Db.UnitResidents.Where(r => r.PartyId == message.OwnerId && r.EndedOn == null)
            .Select(r => r.UnitId).ToListAsync(cancellationToken);
        foreach (var unitId in message.UnitIds.Except(known).Distinct())
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, unitId, message.OwnerId, isTenancy: false));
        }
    }
}
