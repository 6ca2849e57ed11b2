using Microsoft.EntityFrameworkCore;
using PropertyCloud.Surveys.Api.Domain.Residents;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Surveys.Api.Consumers;

/// <summary>The tenant stops seeing the unit's questionnaires when the lease ends.</summary>
public sealed class TenantLeaseEndedConsumer(SurveysDb db) : IdempotentConsumer<TenantLeaseEnded, SurveysDb>(db)
{
    protected override async Task HandleAsync(TenantLeaseEnded message, CancellationToken cancellationToken)
    {
        var lease = await Db.UnitResidents.FirstOrDefaultAsync(r => r.PartyId == message.TenancyId && r.UnitId == message.UnitId, cancellationToken);
        if (lease is null)
        {
            // The end overtook the start: record the lease as already over, so the late start adds nothing.
            lease = UnitResident.MoveIn(message.EstateId, message.UnitId, message.TenancyId, isTenancy: true);
            Db.UnitResidents.Add(lease);
        }
        lease.MoveOut(message.EndedOn);
    }
}
